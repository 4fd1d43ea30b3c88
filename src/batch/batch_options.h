// Options of one `logveil batch` run (docs/batch.md) and the progress
// counters it publishes while it runs, which app/ polls to draw progress.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace logveil::batch {

// Where scrubbed files go: mirrored under an output directory, or over the
// originals.
enum class Placement { kMirror, kInPlace };

// Which symbolic links met inside a directory tree are followed.
enum class Symlinks { kWithinTree, kFollowAll };

// Whether anything is written. kDryRun scrubs into nothing and only reports.
enum class WriteMode { kWrite, kDryRun };

struct CompressionLevels {
  int gzip = 6;  // zlib's default
  int zstd = 3;  // zstd's default
};

struct BatchOptions {
  std::vector<std::string> sources{};  // files, directories, globs
  Placement placement = Placement::kMirror;
  std::string out_dir{};  // kMirror only
  WriteMode write_mode = WriteMode::kWrite;
  Symlinks symlinks = Symlinks::kWithinTree;
  unsigned jobs = 0;  // files scrubbed at once; 0: one per core
  CompressionLevels levels{};
  // threads: chunk workers per file; 0: by the file's share of the work
  // left (batch_runner.cc).
  pipeline::PipelineOptions pipeline{.threads = 0};
};

// Counters of a running batch, updated by the workers with relaxed atomics
// and readable from any thread at any time. Disk bytes are the files' sizes
// as stored (compressed or not): the totals known before the run, so they
// give the ETA.
struct BatchProgress {
  std::atomic<bool> listed{false};  // totals below are final
  std::atomic<uint64_t> files_total{0};
  std::atomic<uint64_t> files_done{0};
  std::atomic<uint64_t> files_failed{0};
  std::atomic<uint64_t> disk_bytes_total{0};
  std::atomic<uint64_t> disk_bytes_done{0};
  std::atomic<uint64_t> plain_bytes_done{0};  // decompressed bytes scrubbed
};

}  // namespace logveil::batch
