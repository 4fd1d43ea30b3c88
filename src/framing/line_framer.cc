#include "framing/line_framer.h"

#include <cstring>

namespace logveil::framing {
namespace {

Record MakeRecord(std::string_view line, uint64_t index) {
  size_t ending = 0;
  if (!line.empty() && line.back() == '\n') {
    ending = (line.size() >= 2 && line[line.size() - 2] == '\r') ? 2 : 1;
  }
  return Record{line.substr(0, line.size() - ending),
                line.substr(line.size() - ending), index};
}

}  // namespace

size_t FrameLines(std::string_view chunk, bool at_end_of_input,
                  uint64_t first_index, std::vector<Record>& records) {
  size_t start = 0;
  uint64_t index = first_index;
  while (start < chunk.size()) {
    const void* newline =
        std::memchr(chunk.data() + start, '\n', chunk.size() - start);
    if (newline == nullptr) break;
    size_t end = static_cast<const char*>(newline) - chunk.data() + 1;
    records.push_back(MakeRecord(chunk.substr(start, end - start), index++));
    start = end;
  }
  if (at_end_of_input && start < chunk.size()) {
    records.push_back(MakeRecord(chunk.substr(start), index));
    start = chunk.size();
  }
  return start;
}

}  // namespace logveil::framing
