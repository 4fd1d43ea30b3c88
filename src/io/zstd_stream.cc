#include "io/zstd_stream.h"

#include <zstd.h>

#include <string>

namespace logveil::io {
namespace {

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(ByteSource& compressed)
      : compressed_(compressed),
        stream_(ZSTD_createDStream()),
        buffer_(ZSTD_DStreamInSize(), '\0') {}
  ~ZstdSource() override { ZSTD_freeDStream(stream_); }
  ZstdSource(const ZstdSource&) = delete;
  ZstdSource& operator=(const ZstdSource&) = delete;

  Status Init() {
    if (stream_ == nullptr) {
      return MakeError(ErrorCode::kIo, name() + ": cannot start zstd decoder");
    }
    return Ok{};
  }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    ZSTD_outBuffer out{buffer, capacity, 0};
    // Fills the whole buffer, as read(2) of a file does: zstd hands out one
    // block (<= 128 KiB) per call, and small reads make small batches.
    while (out.pos < out.size) {
      if (in_.pos == in_.size && !input_done_) {
        auto status = Refill();
        if (!status.ok()) return status.error();
      }
      if (in_.pos == in_.size && input_done_ && !frame_open_) break;
      size_t rc = ZSTD_decompressStream(stream_, &out, &in_);
      if (ZSTD_isError(rc)) {
        return MakeError(ErrorCode::kIo, name() + ": " + ZSTD_getErrorName(rc));
      }
      // 0: a frame is complete and flushed; otherwise more input is due
      // unless the output buffer filled.
      frame_open_ = rc != 0;
      if (frame_open_ && in_.pos == in_.size && input_done_ &&
          out.pos < out.size) {
        return MakeError(ErrorCode::kIo, name() + ": truncated zstd stream");
      }
    }
    return out.pos;
  }

  const std::string& name() const override { return compressed_.name(); }

 private:
  Status Refill() {
    auto read = compressed_.Read(buffer_.data(), buffer_.size());
    if (!read.ok()) return read.error();
    input_done_ = read.value() == 0;
    in_ = ZSTD_inBuffer{buffer_.data(), read.value(), 0};
    return Ok{};
  }

  ByteSource& compressed_;
  ZSTD_DStream* stream_;
  std::string buffer_;
  ZSTD_inBuffer in_{nullptr, 0, 0};
  bool input_done_ = false;
  bool frame_open_ = false;
};

class ZstdSink : public ByteSink {
 public:
  explicit ZstdSink(ByteSink& compressed)
      : compressed_(compressed),
        context_(ZSTD_createCCtx()),
        buffer_(ZSTD_CStreamOutSize(), '\0') {}
  ~ZstdSink() override { ZSTD_freeCCtx(context_); }
  ZstdSink(const ZstdSink&) = delete;
  ZstdSink& operator=(const ZstdSink&) = delete;

  Status Init(int level) {
    if (context_ == nullptr ||
        ZSTD_isError(
            ZSTD_CCtx_setParameter(context_, ZSTD_c_compressionLevel, level)) ||
        ZSTD_isError(
            ZSTD_CCtx_setParameter(context_, ZSTD_c_checksumFlag, 1))) {
      return MakeError(ErrorCode::kIo, "cannot start zstd encoder");
    }
    return Ok{};
  }

  Status Write(std::string_view bytes) override {
    ZSTD_inBuffer in{bytes.data(), bytes.size(), 0};
    while (in.pos < in.size) {
      auto done = Compress(in, ZSTD_e_continue);
      if (!done.ok()) return done.error();
    }
    return Ok{};
  }

  Status Finish() override {
    ZSTD_inBuffer in{nullptr, 0, 0};
    while (true) {
      auto done = Compress(in, ZSTD_e_end);
      if (!done.ok()) return done.error();
      if (done.value()) break;
    }
    return compressed_.Finish();
  }

 private:
  // Runs the compressor once and writes what it produced. Returns whether
  // the frame is complete (meaningful for ZSTD_e_end only).
  Result<bool> Compress(ZSTD_inBuffer& in, ZSTD_EndDirective mode) {
    ZSTD_outBuffer out{buffer_.data(), buffer_.size(), 0};
    size_t remaining = ZSTD_compressStream2(context_, &out, &in, mode);
    if (ZSTD_isError(remaining)) {
      return MakeError(
          ErrorCode::kInternal,
          std::string("zstd encoder failed: ") + ZSTD_getErrorName(remaining));
    }
    if (out.pos > 0) {
      auto status =
          compressed_.Write(std::string_view(buffer_.data(), out.pos));
      if (!status.ok()) return status.error();
    }
    return remaining == 0;
  }

  ByteSink& compressed_;
  ZSTD_CCtx* context_;
  std::string buffer_;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenZstdSource(ByteSource& compressed) {
  return Started<ByteSource>(std::make_unique<ZstdSource>(compressed));
}

Result<std::unique_ptr<ByteSink>> OpenZstdSink(ByteSink& compressed,
                                               int level) {
  return Started<ByteSink>(std::make_unique<ZstdSink>(compressed), level);
}

}  // namespace logveil::io
