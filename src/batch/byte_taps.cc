#include "batch/byte_taps.h"

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

Status HashingSink::Write(std::string_view bytes) {
  hash_.Update(bytes);
  bytes_ += bytes.size();
  return inner_.Write(bytes);
}

}  // namespace logveil::batch
