// Pipeline: N workers, each reading a batch of complete lines from the input
// in turn, scrubbing it and handing it to an ordered writer, which emits the
// batches in input order (pipeline/ordered_writer.h). Every input line produces
// exactly one output line; lines without findings are copied byte for byte.
// With threads == 1 everything runs inline on the calling thread.
#pragma once

#include <cstddef>

#include "base/result.h"
#include "detect/detector_set.h"
#include "framing/line_framer.h"
#include "io/byte_stream.h"
#include "io/input.h"
#include "io/output.h"
#include "json/json_scrubber.h"
#include "json/key_rules.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::pipeline {

struct PipelineOptions {
  size_t chunk_bytes = framing::kDefaultChunkBytes;
  // Lines longer than this are scrubbed in pieces (see text/long_line.h).
  size_t max_record_bytes = size_t{1} << 20;
  unsigned threads = 1;
  // Field rules for JSON lines (must outlive the pipeline); null: every
  // line is scrubbed as text.
  const json::JsonRules* json_rules = nullptr;
  json::Format format = json::Format::kAuto;
};

class Pipeline {
 public:
  // `detectors` and `actions` must outlive the pipeline.
  Pipeline(const detect::DetectorSet& detectors,
           const transform::ActionTable& actions, PipelineOptions options);

  // Scrubs all of `input` into `output`, adding to `stats`. Errors name the
  // input, the line number and the byte offset.
  // Any source and sink: io::Input / io::Output for files and pipes, or
  // the gzip and zstd adapters for compressed files.
  Status Run(io::ByteSource& input, io::ByteSink& output, report::Stats& stats);

  // Run on `input` read as text: UTF-16 input is scrubbed as UTF-8 and
  // written to `output` in UTF-16 again (io/utf16_stream.h); any other
  // input as Run. What the filter and batch call for each input.
  Status RunText(io::ByteSource& input, io::ByteSink& output,
                 report::Stats& stats);

 private:
  Status RunInline(io::ByteSource& input, io::ByteSink& output,
                   report::Stats& stats);
  Status RunThreaded(io::ByteSource& input, io::ByteSink& output,
                     report::Stats& stats);

  const detect::DetectorSet& detectors_;
  const transform::ActionTable& actions_;
  PipelineOptions options_;
};

}  // namespace logveil::pipeline
