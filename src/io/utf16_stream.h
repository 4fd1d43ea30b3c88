// UTF-16 text in and out: Windows tools and some shippers write logs in
// UTF-16, where "jane@example.com" is "j\0a\0n\0e\0@\0..." and no detector
// sees it. An input that starts with a UTF-16 byte order mark, or whose
// first four code units are ASCII in UTF-16 form, is read as UTF-8 (WTF-8:
// lone surrogates keep their 3-byte form, so every sequence of code units
// comes back as it was), scrubbed, and written back in UTF-16 of the same
// byte order, with the mark if it had one.
#pragma once

#include <memory>

#include "base/result.h"
#include "io/byte_stream.h"

namespace logveil::io {

enum class TextEncoding { kBytes, kUtf16Little, kUtf16Big };

struct TextForm {
  TextEncoding encoding = TextEncoding::kBytes;
  bool byte_order_mark = false;
};

// A source that reads `raw` (which must outlive it) as TextForm `form`
// says, and `form` itself, found from `raw`'s first bytes. For kBytes the
// source passes `raw`'s bytes on unchanged; for UTF-16 it yields UTF-8
// without the mark. Half a code unit at the end is an error naming `raw`
// and the byte offset.
Result<std::unique_ptr<ByteSource>> OpenTextSource(ByteSource& raw,
                                                   TextForm& form);

// A sink that writes UTF-8 (WTF-8) text into `out` (which must outlive it)
// in UTF-16 of `form`'s byte order, the mark first if `form` has one.
// Finish writes what is buffered and leaves `out` open.
std::unique_ptr<ByteSink> OpenUtf16Sink(ByteSink& out, TextForm form);

}  // namespace logveil::io
