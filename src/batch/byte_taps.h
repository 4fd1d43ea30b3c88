// Byte taps: decorators on io::ByteSource / io::ByteSink that watch the
// bytes going by (count them, hash them, put back peeked bytes) or swallow
// them. They sit between a file and its codec in batch::ScrubFile.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "io/byte_stream.h"
#include "transform/crypto.h"

namespace logveil::batch {

// Counts the bytes read from `inner` into bytes() and into `progress`.
class CountingSource : public io::ByteSource {
 public:
  CountingSource(io::ByteSource& inner, std::atomic<uint64_t>& progress)
      : inner_(inner), progress_(progress) {}

  Result<size_t> Read(char* buffer, size_t capacity) override;
  const std::string& name() const override { return inner_.name(); }
  uint64_t bytes() const { return bytes_; }

 private:
  io::ByteSource& inner_;
  std::atomic<uint64_t>& progress_;
  uint64_t bytes_ = 0;
};

// Feeds the bytes read from `inner` to a SHA-256, when `enabled`.
class HashingSource : public io::ByteSource {
 public:
  HashingSource(io::ByteSource& inner, bool enabled)
      : inner_(inner), enabled_(enabled) {}

  Result<size_t> Read(char* buffer, size_t capacity) override;
  const std::string& name() const override { return inner_.name(); }
  // Returns the hex digest of everything read; call once, at the end.
  std::string FinishHex() { return hash_.FinishHex(); }

 private:
  io::ByteSource& inner_;
  bool enabled_;
  transform::Sha256 hash_;
};

// Passes bytes on to `inner`, counting and hashing them.
class HashingSink : public io::ByteSink {
 public:
  explicit HashingSink(io::ByteSink& inner) : inner_(inner) {}

  Status Write(std::string_view bytes) override;
  Status Finish() override { return inner_.Finish(); }
  uint64_t bytes() const { return bytes_; }
  // Returns the hex digest of everything written; call once, after Finish.
  std::string FinishHex() { return hash_.FinishHex(); }

 private:
  io::ByteSink& inner_;
  transform::Sha256 hash_;
  uint64_t bytes_ = 0;
};

// Accepts and drops everything: the output of a dry run.
class NullSink : public io::ByteSink {
 public:
  Status Write(std::string_view) override { return Ok{}; }
  Status Finish() override { return Ok{}; }
};

}  // namespace logveil::batch
