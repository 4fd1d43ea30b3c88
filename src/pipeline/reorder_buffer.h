// ReorderBuffer: workers finish batches out of order; the writer takes them
// back in sequence order, so output order equals input order whatever the
// thread count.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace logveil::pipeline {

template <typename T>
class ReorderBuffer {
 public:
  // Adds the item with sequence number `seq` (each number exactly once).
  void Push(uint64_t seq, T item) {
    std::lock_guard lock(mutex_);
    pending_.emplace(seq, std::move(item));
    if (seq == next_) ready_.notify_one();
  }

  // Blocks until the next item in sequence is there; nothing once closed
  // and that item will never come.
  std::optional<T> PopNext() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] {
      return closed_ || (!pending_.empty() && pending_.begin()->first == next_);
    });
    if (pending_.empty() || pending_.begin()->first != next_) return {};
    T item = std::move(pending_.begin()->second);
    pending_.erase(pending_.begin());
    ++next_;
    return item;
  }

  // Called when no more items will be pushed.
  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::map<uint64_t, T> pending_;
  uint64_t next_ = 0;
  bool closed_ = false;
};

}  // namespace logveil::pipeline
