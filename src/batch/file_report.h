// FileReport: what happened to one file of a batch. Counts, sizes and error
// messages only (messages name files, lines and byte offsets): never a
// value found in a record.
#pragma once

#include <cstdint>
#include <string>

#include "batch/codec.h"
#include "report/stats.h"

namespace logveil::batch {

enum class FileStatus {
  kScrubbed,    // scrubbed copy written (or the original replaced)
  kUnchanged,   // in place: nothing to scrub, the original left as it was
  kDoneBefore,  // finished by an earlier run (manifest) and still intact
  kDryRun,      // scrubbed into nothing: see stats for what would change
  kSkipped,     // not scrubbed by rule: a symlink out of the tree, a FIFO
  kFailed,      // not scrubbed: see error; the original is untouched
};

// Returns the name used in reports: "scrubbed", "done_before", ...
const char* FileStatusName(FileStatus status);

struct FileReport {
  std::string path{};    // the source, as given or found
  std::string output{};  // where the scrubbed copy went (empty if none)
  FileStatus status = FileStatus::kFailed;
  Compression compression = Compression::kNone;
  report::Stats stats{};  // records, uncompressed bytes, findings, seconds
  uint64_t disk_bytes_in = 0;
  uint64_t disk_bytes_out = 0;
  std::string error{};  // why it failed or was skipped
};

}  // namespace logveil::batch
