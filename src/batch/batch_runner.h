// BatchRunner: the whole of `logveil batch`: lists the sources, then
// scrubs the files on `jobs` threads, largest first so one big file does
// not start last, each file split across chunk threads as the pipeline
// does. Files are independent, so output never depends on the job count.
#pragma once

#include <functional>
#include <vector>

#include "batch/batch_options.h"
#include "batch/file_report.h"
#include "detect/detector_set.h"
#include "transform/action.h"

namespace logveil::batch {

struct BatchResult {
  std::vector<FileReport> files;  // one per file found, sorted by path
  double seconds = 0;
};

// Called as each file finishes, one call at a time, from a worker thread.
using FileCallback = std::function<void(const FileReport&)>;

// Runs the batch described by `options`; `detectors` and `actions` are
// shared read-only by all threads. Updates `progress` as it goes and calls
// `on_file` for every file, including those skipped or failed while
// listing. Never fails as a whole: see the reports.
BatchResult RunBatch(const BatchOptions& options,
                     const detect::DetectorSet& detectors,
                     const transform::ActionTable& actions,
                     BatchProgress& progress, const FileCallback& on_file);

}  // namespace logveil::batch
