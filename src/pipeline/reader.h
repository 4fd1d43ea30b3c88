// Reader: turns an input stream into Batches of complete lines. The
// unfinished last line is carried into the next batch; a line longer than
// max_record_bytes is scrubbed here in pieces (text/long_line.h) so it is
// never held whole and never passed through unscanned.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "io/byte_stream.h"
#include "pipeline/batch.h"
#include "pipeline/buffer_pool.h"
#include "report/stats.h"
#include "text/text_scrubber.h"

namespace logveil::pipeline {

struct ReaderOptions {
  size_t chunk_bytes;
  size_t max_record_bytes;
};

class Reader {
 public:
  // All references must outlive the reader. `long_lines` scrubs long-line
  // heads and counts into `stats`.
  Reader(io::ByteSource& input, ReaderOptions options, BufferPool& pool,
         text::TextScrubber& long_lines, report::Stats& stats);

  // Returns the next batch, nothing at end of input, or a read error naming
  // the input, line and byte offset.
  Result<std::optional<Batch>> Next();

 private:
  Status Fill();
  Batch CutLines(size_t complete);
  Batch CutLongLineHead();
  Error AtPosition(const Error& error) const;

  io::ByteSource& input_;
  ReaderOptions options_;
  BufferPool& pool_;
  text::TextScrubber& long_lines_;
  report::Stats& stats_;
  std::string buffer_;
  bool at_end_ = false;
  bool idle_ = false;  // the last read returned less than it asked for
  uint64_t seq_ = 0;
  uint64_t lines_ = 0;   // lines completed so far
  uint64_t offset_ = 0;  // input offset of buffer_[0]
};

}  // namespace logveil::pipeline
