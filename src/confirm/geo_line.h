// A line that holds nothing but a coordinate pair: "41.5, -81.0",
// "(-71, -146)", "  41.5 -81.0", optionally with an altitude ("41.5, 81.0,
// 2.5km"). Inside a log line such a pair needs four decimals (geo.cc), since
// "0.5, 0.7" is more often a ratio or a load average; a line of its own is
// a position written by a device or a validator-style field, so fewer
// decimals do. Integers need a comma between them ("90, 180"; "10 20" is
// not a position). docs/accuracy.md discusses why this is debatable.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm::geo {

// Tries a pair that fills the line starting at `at` (0 or after '\n'),
// allowing spaces before it, blanks after it and parentheses around it.
// Appends one finding per number (and the altitude); returns where
// scanning resumes, or 0 if the line is anything else.
size_t TryWholeLine(std::string_view text, size_t at,
                    std::vector<ByteRange>& out);

}  // namespace logveil::confirm::geo
