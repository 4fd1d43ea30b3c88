#include "pipeline/reader.h"

#include <string.h>

#include <algorithm>

#include "confirm/byte_classes.h"
#include "json/tokenizer.h"
#include "text/long_line.h"

namespace logveil::pipeline {

Reader::Reader(io::ByteSource& input, ReaderOptions options, BufferPool& pool,
               text::TextScrubber& long_lines, report::Stats& stats)
    : input_(input),
      options_(options),
      pool_(pool),
      long_lines_(long_lines),
      stats_(stats),
      buffer_(pool.Get()) {}

Status Reader::Fill() {
  size_t filled = buffer_.size();
  Result<size_t> read = size_t{0};
  // Reads straight into the buffer's spare room: resize() would first zero
  // the whole chunk, ~1 % of a text run.
  buffer_.resize_and_overwrite(
      filled + options_.chunk_bytes, [&](char* bytes, size_t) {
        read = input_.Read(bytes + filled, options_.chunk_bytes);
        return filled + (read.ok() ? read.value() : 0);
      });
  if (!read.ok()) return AtPosition(read.error());
  at_end_ = read.value() == 0;
  idle_ = read.value() < options_.chunk_bytes;
  return Ok{};
}

Result<std::optional<Batch>> Reader::Next() {
  while (!(at_end_ && buffer_.empty())) {
    if (!at_end_) {
      auto status = Fill();
      if (!status.ok()) return status.error();
    }
    const void* last = memrchr(buffer_.data(), '\n', buffer_.size());
    size_t complete =
        at_end_
            ? buffer_.size()
            : (last ? static_cast<const char*>(last) - buffer_.data() + 1 : 0);
    if (complete > 0) return std::optional<Batch>(CutLines(complete));
    if (buffer_.size() >= options_.max_record_bytes &&
        buffer_.size() > text::kLongLineHoldbackBytes) {
      return std::optional<Batch>(CutLongLineHead());
    }
  }
  return std::optional<Batch>();
}

Batch Reader::CutLines(size_t complete) {
  std::string rest = pool_.Get();
  rest.assign(buffer_, complete);
  buffer_.resize(complete);
  // Slack past the last line, so JSON lines are parsed in place.
  buffer_.reserve(complete + json::Tokenizer::kPaddingBytes);
  Batch batch{seq_++, std::move(buffer_), 0, false, idle_};
  buffer_ = std::move(rest);
  batch.records = confirm::CountByte(batch.bytes, '\n') +
                  (batch.bytes.back() != '\n' ? 1 : 0);
  lines_ += batch.records;
  offset_ += complete;
  return batch;
}

Batch Reader::CutLongLineHead() {
  std::string out = pool_.Get();
  size_t cut = text::ScrubLongLineHead(long_lines_, buffer_, out, stats_);
  stats_.bytes_in += cut;
  stats_.bytes_out += out.size();
  buffer_.erase(0, cut);
  offset_ += cut;
  return Batch{seq_++, std::move(out), 0, true, idle_};
}

Error Reader::AtPosition(const Error& error) const {
  return MakeError(error.code,
                   error.message + " (" + input_.name() + ", line " +
                       std::to_string(lines_ + 1) + ", byte offset " +
                       std::to_string(offset_ + buffer_.size()) + ")");
}

}  // namespace logveil::pipeline
