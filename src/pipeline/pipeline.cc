#include "pipeline/pipeline.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "text/long_line.h"
#include "text/text_scrubber.h"

namespace logveil::pipeline {
namespace {

// The state of one run over one input: the chunk buffer with the carried
// tail of an unfinished line, and where in the input we are.
class Stream {
 public:
  Stream(text::TextScrubber& scrubber, const PipelineOptions& options,
         report::Stats& stats)
      : scrubber_(scrubber), options_(options), stats_(stats) {}

  Status Run(io::Input& input, io::Output& output);

 private:
  void ScrubRecords();
  void ScrubLongLineHead();
  Error AtPosition(const io::Input& input, const Error& error) const;
  void DropConsumed(size_t consumed);

  text::TextScrubber& scrubber_;
  const PipelineOptions& options_;
  report::Stats& stats_;
  std::string buffer_;
  size_t filled_ = 0;
  uint64_t line_ = 0;         // index of the next line to complete
  uint64_t offset_ = 0;       // input offset of buffer_[0]
  bool head_rewritten_ = false;  // a long line's head was rewritten
  std::vector<framing::Record> records_;
  std::string out_;
};

void Stream::ScrubRecords() {
  for (const framing::Record& record : records_) {
    ++stats_.records;
    size_t before = out_.size();
    auto outcome = scrubber_.Scrub(record.text, out_, stats_);
    out_.append(record.ending);
    if (outcome == text::Outcome::kRewritten || head_rewritten_) {
      ++stats_.records_rewritten;
    }
    head_rewritten_ = false;
    stats_.bytes_in += record.text.size() + record.ending.size();
    stats_.bytes_out += out_.size() - before;
  }
}

void Stream::ScrubLongLineHead() {
  size_t before = out_.size();
  size_t cut = text::ScrubLongLineHead(
      scrubber_, std::string_view(buffer_.data(), filled_), out_, stats_);
  head_rewritten_ =
      head_rewritten_ || std::string_view(out_).substr(before) !=
                             std::string_view(buffer_.data(), cut);
  stats_.bytes_in += cut;
  stats_.bytes_out += out_.size() - before;
  DropConsumed(cut);
}

void Stream::DropConsumed(size_t consumed) {
  std::memmove(buffer_.data(), buffer_.data() + consumed, filled_ - consumed);
  filled_ -= consumed;
  offset_ += consumed;
}

Error Stream::AtPosition(const io::Input& input, const Error& error) const {
  if (error.code == ErrorCode::kBrokenPipe) return error;
  return MakeError(error.code, error.message + " (" + input.name() +
                                   ", line " + std::to_string(line_ + 1) +
                                   ", byte offset " +
                                   std::to_string(offset_ + filled_) + ")");
}

Status Stream::Run(io::Input& input, io::Output& output) {
  while (true) {
    buffer_.resize(std::max(buffer_.size(), filled_ + options_.chunk_bytes));
    auto read = input.Read(buffer_.data() + filled_, options_.chunk_bytes);
    if (!read.ok()) return AtPosition(input, read.error());
    bool at_end = read.value() == 0;
    filled_ += read.value();
    records_.clear();
    out_.clear();
    std::string_view chunk(buffer_.data(), filled_);
    size_t consumed = framing::FrameLines(chunk, at_end, line_, records_);
    ScrubRecords();
    line_ += records_.size();
    DropConsumed(consumed);
    if (!at_end && filled_ >= options_.max_record_bytes &&
        filled_ > text::kLongLineHoldbackBytes) {
      ScrubLongLineHead();
    }
    auto written = output.Write(out_);
    if (!written.ok()) return AtPosition(input, written.error());
    if (at_end) return Ok{};
  }
}

}  // namespace

Pipeline::Pipeline(const detect::DetectorSet& detectors,
                   const transform::ActionTable& actions,
                   PipelineOptions options)
    : detectors_(detectors), actions_(actions), options_(options) {}

Status Pipeline::Run(io::Input& input, io::Output& output,
                     report::Stats& stats) {
  text::TextScrubber scrubber(detectors_, actions_);
  Stream stream(scrubber, options_, stats);
  return stream.Run(input, output);
}

}  // namespace logveil::pipeline
