#include "io/byte_stream.h"

#include <algorithm>
#include <cstring>

namespace logveil::io {

Result<std::string> ReadHead(ByteSource& source, size_t count) {
  std::string head(count, '\0');
  size_t filled = 0;
  while (filled < count) {
    auto read = source.Read(head.data() + filled, count - filled);
    if (!read.ok()) return read.error();
    if (read.value() == 0) break;
    filled += read.value();
  }
  head.resize(filled);
  return head;
}

Result<size_t> ReplaySource::Read(char* buffer, size_t capacity) {
  if (served_ == head_.size()) return inner_.Read(buffer, capacity);
  size_t count = std::min(capacity, head_.size() - served_);
  std::memcpy(buffer, head_.data() + served_, count);
  served_ += count;
  return count;
}

}  // namespace logveil::io
