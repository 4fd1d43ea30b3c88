// Line framing: splits a chunk of input into complete records. Bytes after
// the last newline belong to a line that continues in the next chunk; the
// caller carries them over. Endings are kept exactly ("\n" or "\r\n"), so
// output can reproduce the input byte for byte.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "framing/record.h"

namespace logveil::framing {

// 256 KiB chunks amortize read(2) and per-batch costs, and keep a batch's
// working set (its bytes, their output, the finders' byte classes) inside a
// core's L2 cache between the passes over it: against 1 MiB chunks, -10 % CPU
// on the 64 MiB generated text, -5 % on 256 MiB (docs/performance.md).
constexpr size_t kDefaultChunkBytes = size_t{256} << 10;

// Appends to `records` every complete line of `chunk`, numbered from
// `first_index`. With `at_end_of_input`, a final line without newline is
// complete too. Returns the number of bytes consumed (the rest is an
// incomplete line). Records view into `chunk`.
size_t FrameLines(std::string_view chunk, bool at_end_of_input,
                  uint64_t first_index, std::vector<Record>& records);

}  // namespace logveil::framing
