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

// 1 MiB chunks amortize read(2) and per-batch costs; larger buys nothing
// measurable and costs memory per thread.
constexpr size_t kDefaultChunkBytes = size_t{1} << 20;

// Appends to `records` every complete line of `chunk`, numbered from
// `first_index`. With `at_end_of_input`, a final line without newline is
// complete too. Returns the number of bytes consumed (the rest is an
// incomplete line). Records view into `chunk`.
size_t FrameLines(std::string_view chunk, bool at_end_of_input,
                  uint64_t first_index, std::vector<Record>& records);

}  // namespace logveil::framing
