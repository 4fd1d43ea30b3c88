// Pipeline: wires input → framing → scrubbing → output for one input
// stream. Every input line produces exactly one output line, in order; lines
// without findings are copied byte for byte.
#pragma once

#include <cstddef>

#include "base/result.h"
#include "detect/detector_set.h"
#include "framing/line_framer.h"
#include "io/input.h"
#include "io/output.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::pipeline {

struct PipelineOptions {
  size_t chunk_bytes = framing::kDefaultChunkBytes;
  // Lines longer than this are scrubbed in pieces (see text/long_line.h).
  size_t max_record_bytes = size_t{1} << 20;
};

class Pipeline {
 public:
  // `detectors` and `actions` must outlive the pipeline.
  Pipeline(const detect::DetectorSet& detectors,
           const transform::ActionTable& actions, PipelineOptions options);

  // Scrubs all of `input` into `output`, adding to `stats`. Errors name the
  // input, the line number and the byte offset.
  Status Run(io::Input& input, io::Output& output, report::Stats& stats);

 private:
  const detect::DetectorSet& detectors_;
  const transform::ActionTable& actions_;
  PipelineOptions options_;
};

}  // namespace logveil::pipeline
