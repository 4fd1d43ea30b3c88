// BufferPool: recycles the chunk and output buffers that move between
// threads, so the steady state allocates nothing (a fresh chunk-sized buffer
// per batch would be an mmap, page faults and an munmap every time).
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace logveil::pipeline {

class BufferPool {
 public:
  // Returns an empty buffer, with capacity from earlier use if any.
  std::string Get() {
    std::lock_guard lock(mutex_);
    if (free_.empty()) return {};
    std::string buffer = std::move(free_.back());
    free_.pop_back();
    buffer.clear();
    return buffer;
  }

  // Gives `buffer` back for reuse.
  void Put(std::string buffer) {
    std::lock_guard lock(mutex_);
    if (free_.size() < kMaxFree) free_.push_back(std::move(buffer));
  }

 private:
  // More free buffers than batches in flight are never needed.
  static constexpr size_t kMaxFree = 64;
  std::mutex mutex_;
  std::vector<std::string> free_;
};

}  // namespace logveil::pipeline
