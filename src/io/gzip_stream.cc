#include "io/gzip_stream.h"

#include <zlib.h>

#include <algorithm>
#include <string>

namespace logveil::io {
namespace {

// Compressed-side buffer: big enough that zlib is called once per block.
constexpr size_t kCompressedBlockBytes = size_t{256} << 10;
// windowBits 15 (32 KiB, the maximum) + 16: gzip wrapping, not zlib's.
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kMemoryLevel = 8;  // zlib's default
// zlib counts in 32-bit uInt: larger requests are served in pieces.
constexpr size_t kMaxCallBytes = size_t{1} << 30;

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(ByteSource& compressed)
      : compressed_(compressed), buffer_(kCompressedBlockBytes, '\0') {}
  ~GzipSource() override { inflateEnd(&stream_); }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Status Init() {
    if (inflateInit2(&stream_, kGzipWindowBits) != Z_OK) {
      return MakeError(ErrorCode::kIo, name() + ": cannot start gzip decoder");
    }
    return Ok{};
  }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    capacity = std::min(capacity, kMaxCallBytes);
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(capacity);
    // Fills the whole buffer, as read(2) of a file does, so the pipeline
    // gets full-size batches.
    while (stream_.avail_out > 0) {
      if (stream_.avail_in == 0 && !input_done_) {
        auto status = Refill();
        if (!status.ok()) return status.error();
      }
      if (stream_.avail_in == 0 && input_done_) {
        if (in_member_) return Corrupt("truncated gzip stream");
        break;
      }
      if (!in_member_) inflateReset(&stream_), in_member_ = true;
      int rc = inflate(&stream_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Corrupt(stream_.msg ? stream_.msg : "corrupt gzip data");
      }
    }
    return capacity - stream_.avail_out;
  }

  const std::string& name() const override { return compressed_.name(); }

 private:
  Status Refill() {
    auto read = compressed_.Read(buffer_.data(), buffer_.size());
    if (!read.ok()) return read.error();
    input_done_ = read.value() == 0;
    stream_.next_in = reinterpret_cast<Bytef*>(buffer_.data());
    stream_.avail_in = static_cast<uInt>(read.value());
    return Ok{};
  }

  Error Corrupt(const std::string& what) const {
    return MakeError(ErrorCode::kIo, name() + ": " + what);
  }

  ByteSource& compressed_;
  std::string buffer_;
  z_stream stream_{};
  bool input_done_ = false;
  bool in_member_ = false;
};

class GzipSink : public ByteSink {
 public:
  explicit GzipSink(ByteSink& compressed)
      : compressed_(compressed), buffer_(kCompressedBlockBytes, '\0') {}
  ~GzipSink() override { deflateEnd(&stream_); }
  GzipSink(const GzipSink&) = delete;
  GzipSink& operator=(const GzipSink&) = delete;

  Status Init(int level) {
    if (deflateInit2(&stream_, level, Z_DEFLATED, kGzipWindowBits, kMemoryLevel,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
      return MakeError(ErrorCode::kIo, "cannot start gzip encoder");
    }
    return Ok{};
  }

  Status Write(std::string_view bytes) override {
    while (!bytes.empty()) {
      std::string_view piece = bytes.substr(0, kMaxCallBytes);
      bytes.remove_prefix(piece.size());
      stream_.next_in =
          reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
      stream_.avail_in = static_cast<uInt>(piece.size());
      while (stream_.avail_in > 0) {
        auto status = Deflate(Z_NO_FLUSH);
        if (!status.ok()) return status;
      }
    }
    return Ok{};
  }

  Status Finish() override {
    stream_.avail_in = 0;
    while (!finished_) {
      auto status = Deflate(Z_FINISH);
      if (!status.ok()) return status;
    }
    return compressed_.Finish();
  }

 private:
  // Runs deflate once into the free part of the buffer; writes the buffer
  // out when it is full or the stream has ended.
  Status Deflate(int flush) {
    stream_.next_out = reinterpret_cast<Bytef*>(buffer_.data() + used_);
    stream_.avail_out = static_cast<uInt>(buffer_.size() - used_);
    int rc = deflate(&stream_, flush);
    if (rc == Z_STREAM_ERROR) {
      return MakeError(ErrorCode::kInternal, "gzip encoder failed");
    }
    used_ = buffer_.size() - stream_.avail_out;
    finished_ = rc == Z_STREAM_END;
    if (used_ < buffer_.size() && !finished_) return Ok{};
    auto status = compressed_.Write(std::string_view(buffer_.data(), used_));
    used_ = 0;
    return status;
  }

  ByteSink& compressed_;
  std::string buffer_;
  size_t used_ = 0;
  z_stream stream_{};
  bool finished_ = false;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenGzipSource(ByteSource& compressed) {
  return Started<ByteSource>(std::make_unique<GzipSource>(compressed));
}

Result<std::unique_ptr<ByteSink>> OpenGzipSink(ByteSink& compressed,
                                               int level) {
  return Started<ByteSink>(std::make_unique<GzipSink>(compressed), level);
}

}  // namespace logveil::io
