#include "batch/byte_taps.h"

#include <algorithm>
#include <cstring>

namespace logveil::batch {

Result<size_t> CountingSource::Read(char* buffer, size_t capacity) {
  auto read = inner_.Read(buffer, capacity);
  if (read.ok()) {
    bytes_ += read.value();
    progress_.fetch_add(read.value(), std::memory_order_relaxed);
  }
  return read;
}

Result<size_t> HashingSource::Read(char* buffer, size_t capacity) {
  auto read = inner_.Read(buffer, capacity);
  if (read.ok() && enabled_) hash_.Update({buffer, read.value()});
  return read;
}

Result<size_t> ReplaySource::Read(char* buffer, size_t capacity) {
  if (served_ == head_.size()) return inner_.Read(buffer, capacity);
  size_t count = std::min(capacity, head_.size() - served_);
  std::memcpy(buffer, head_.data() + served_, count);
  served_ += count;
  return count;
}

Status HashingSink::Write(std::string_view bytes) {
  hash_.Update(bytes);
  bytes_ += bytes.size();
  return inner_.Write(bytes);
}

}  // namespace logveil::batch
