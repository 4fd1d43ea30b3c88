// Manifest: the record of finished files that makes a batch resumable. One
// text file per output directory (mirror mode) or per directory of scrubbed
// files (in place), named kManifestName, one line per finished file:
//
//   <sha256 of the file as left> <its bytes> <source bytes> <source mtime ns>
//   <key>
//
// Lines are only ever appended, each with one write(2); a line cut short by
// a kill is ignored when read, and the last line for a key wins. An entry
// counts only while the file still has that size and hash, so a manifest
// can never make a run skip a file that is missing, partial or replaced.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/result.h"
#include "batch/atomic_file.h"

namespace logveil::batch {

inline constexpr char kManifestName[] = ".logveil-manifest";

struct ManifestEntry {
  std::string sha256_hex{};  // of the output file as left on disk
  uint64_t output_bytes = 0;
  uint64_t source_bytes = 0;  // mirror mode: the source it was made from
  int64_t source_mtime_ns = 0;
};

// Returns `entry` as one manifest line (with '\n'); the key is escaped so a
// line never holds a raw newline.
std::string FormatManifestLine(const std::string& key,
                               const ManifestEntry& entry);

// Parses one line (without '\n') into `key` and `entry`; false if malformed.
bool ParseManifestLine(std::string_view line, std::string& key,
                       ManifestEntry& entry);

// The manifests of one run, read on first use and appended to as files
// finish. Thread-safe.
class ManifestStore {
 public:
  explicit ManifestStore(Durability durability) : durability_(durability) {}

  // Returns the last entry for `key` in the manifest at `path`, if any. An
  // unreadable or missing manifest has no entries.
  std::optional<ManifestEntry> Find(const std::string& path,
                                    const std::string& key);

  // Appends an entry for `key` to the manifest at `path`, creating it.
  Status Record(const std::string& path, const std::string& key,
                const ManifestEntry& entry);

 private:
  struct Loaded {
    std::unordered_map<std::string, ManifestEntry> entries;
    bool ends_mid_line = false;  // a killed run left a partial last line
  };
  Loaded& LoadLocked(const std::string& path);

  Durability durability_;
  std::mutex mutex_;
  std::unordered_map<std::string, Loaded> manifests_;
};

}  // namespace logveil::batch
