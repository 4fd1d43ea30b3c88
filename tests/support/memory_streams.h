// In-memory byte streams for tests: a source that serves a string in reads
// of a chosen size (as a pipe does) and a sink that keeps what it is given.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "io/byte_stream.h"

namespace logveil::testing {

class StringSource : public io::ByteSource {
 public:
  explicit StringSource(std::string bytes, size_t max_read = SIZE_MAX)
      : bytes_(std::move(bytes)), max_read_(max_read) {}
  Result<size_t> Read(char* buffer, size_t capacity) override {
    size_t count = std::min({capacity, max_read_, bytes_.size() - at_});
    std::memcpy(buffer, bytes_.data() + at_, count);
    at_ += count;
    return count;
  }
  const std::string& name() const override { return name_; }

 private:
  std::string bytes_;
  size_t max_read_;
  size_t at_ = 0;
  std::string name_ = "memory";
};

class StringSink : public io::ByteSink {
 public:
  Status Write(std::string_view bytes) override {
    bytes_.append(bytes);
    return Ok{};
  }
  Status Finish() override {
    finished_ = true;
    return Ok{};
  }
  const std::string& bytes() const { return bytes_; }
  bool finished() const { return finished_; }

 private:
  std::string bytes_;
  bool finished_ = false;
};

}  // namespace logveil::testing
