#include "io/byte_stream.h"

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

}  // namespace logveil::io
