// Zstandard (RFC 8878) decompression from a ByteSource and compression into
// a ByteSink, through libzstd. The only includer of zstd.h.
#pragma once

#include <memory>

#include "base/result.h"
#include "io/byte_stream.h"

namespace logveil::io {

// Returns a source yielding the decompressed bytes of `compressed`, which
// must outlive it. Concatenated frames read as one stream, as with zstdcat;
// a truncated or corrupt stream is an error naming `compressed`.
Result<std::unique_ptr<ByteSource>> OpenZstdSource(ByteSource& compressed);

// Returns a sink that compresses at `level` (1..19) into `compressed`, which
// must outlive it. Frames carry a content checksum; single-threaded, so the
// output depends only on the bytes and the level.
Result<std::unique_ptr<ByteSink>> OpenZstdSink(ByteSink& compressed, int level);

}  // namespace logveil::io
