// FileScrubber: one file of a batch from start to finish. Skips it if an
// earlier run finished it (manifest entry and file still match); otherwise
// reads it (decompressing), scrubs it through the pipeline, writes it
// (recompressing the same way) to a temporary, records it in the manifest
// and renames it into place. In place, a file with nothing to scrub is left
// untouched, and one that changed while being read is not replaced.
#pragma once

#include "batch/batch_options.h"
#include "batch/file_list.h"
#include "batch/file_report.h"
#include "batch/manifest.h"
#include "detect/detector_set.h"
#include "transform/action.h"

namespace logveil::batch {

// Everything the files of one run share. All references outlive the run.
struct ScrubContext {
  const detect::DetectorSet& detectors;
  const transform::ActionTable& actions;
  const BatchOptions& options;
  ManifestStore& manifests;
  BatchProgress& progress;
};

// Scrubs `file` with `threads` chunk workers (>= 1). Never fails as a whole:
// problems are in the report, and a failed file's original and output path are
// left as they were. Safe to call from several threads for different files.
FileReport ScrubFile(const SourceFile& file, const ScrubContext& context,
                     unsigned threads);

}  // namespace logveil::batch
