// ByteRange: a half-open [begin, end) span of byte offsets into a text. Stages
// pass offsets, never pointers, so a range stays valid when the buffer that
// holds the text moves.
#pragma once

#include <cstddef>
#include <string_view>

namespace logveil {

struct ByteRange {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool Overlaps(const ByteRange& other) const {
    return begin < other.end && other.begin < end;
  }
  std::string_view In(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

}  // namespace logveil
