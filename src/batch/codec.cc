#include "batch/codec.h"

#include "io/gzip_stream.h"
#include "io/zstd_stream.h"

namespace logveil::batch {

Compression DetectCompression(std::string_view head) {
  if (head.starts_with("\x1f\x8b")) return Compression::kGzip;
  if (head.starts_with("\x28\xb5\x2f\xfd")) return Compression::kZstd;
  return Compression::kNone;
}

const char* CompressionName(Compression compression) {
  switch (compression) {
    case Compression::kNone:
      return "none";
    case Compression::kGzip:
      return "gzip";
    case Compression::kZstd:
      return "zstd";
  }
  return "none";
}

Result<std::unique_ptr<io::ByteSource>> OpenDecoder(Compression compression,
                                                    io::ByteSource& raw) {
  switch (compression) {
    case Compression::kGzip:
      return io::OpenGzipSource(raw);
    case Compression::kZstd:
      return io::OpenZstdSource(raw);
    case Compression::kNone:
      break;
  }
  return std::unique_ptr<io::ByteSource>();
}

Result<std::unique_ptr<io::ByteSink>> OpenEncoder(Compression compression,
                                                  int level,
                                                  io::ByteSink& raw) {
  switch (compression) {
    case Compression::kGzip:
      return io::OpenGzipSink(raw, level);
    case Compression::kZstd:
      return io::OpenZstdSink(raw, level);
    case Compression::kNone:
      break;
  }
  return std::unique_ptr<io::ByteSink>();
}

}  // namespace logveil::batch
