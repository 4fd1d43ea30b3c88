// Codec: recognises gzip and zstd files by their magic bytes and stacks the
// matching decoder on a source or encoder on a sink, so a file is written
// back with the compression it was read with.
#pragma once

#include <memory>
#include <string_view>

#include "base/result.h"
#include "io/byte_stream.h"

namespace logveil::batch {

enum class Compression { kNone, kGzip, kZstd };

// Bytes DetectCompression needs to see (fewer only at the end of a file).
constexpr size_t kMagicBytes = 4;

// Returns the compression whose magic number `head` starts with: gzip
// 1f 8b (RFC 1952), zstd 28 b5 2f fd (RFC 8878); kNone otherwise.
Compression DetectCompression(std::string_view head);

// Returns "none", "gzip" or "zstd".
const char* CompressionName(Compression compression);

// Returns a decoder reading from `raw` (which must outlive it), or null for
// kNone: then read `raw` itself.
Result<std::unique_ptr<io::ByteSource>> OpenDecoder(Compression compression,
                                                    io::ByteSource& raw);

// Returns an encoder writing into `raw` (which must outlive it) at `level`,
// or null for kNone: then write to `raw` itself.
Result<std::unique_ptr<io::ByteSink>> OpenEncoder(Compression compression,
                                                  int level, io::ByteSink& raw);

}  // namespace logveil::batch
