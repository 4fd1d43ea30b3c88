// gzip (RFC 1952) decompression from a ByteSource and compression into a
// ByteSink, through zlib. The only includer of zlib.
#pragma once

#include <memory>

#include "base/result.h"
#include "io/byte_stream.h"

namespace logveil::io {

// Returns a source yielding the decompressed bytes of `compressed`, which
// must outlive it. Concatenated members read as one stream, as with zcat;
// a truncated stream, a corrupt one, or trailing bytes that are not another
// member are errors naming `compressed`.
Result<std::unique_ptr<ByteSource>> OpenGzipSource(ByteSource& compressed);

// Returns a sink that gzip-compresses at `level` (1..9) into `compressed`,
// which must outlive it. The header carries no file name and no time, so
// the output depends only on the bytes and the level.
Result<std::unique_ptr<ByteSink>> OpenGzipSink(ByteSink& compressed, int level);

}  // namespace logveil::io
