// Record: one log line, as a view into the chunk buffer that holds it.
#pragma once

#include <cstdint>
#include <string_view>

namespace logveil::framing {

struct Record {
  std::string_view text;    // the line without its ending
  std::string_view ending;  // "\n", "\r\n" or "" (last line, or a segment)
  uint64_t index = 0;       // 0-based line number in the input
};

}  // namespace logveil::framing
