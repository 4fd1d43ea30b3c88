#include "pipeline/ordered_writer.h"

#include <utility>

namespace logveil::pipeline {

void OrderedWriter::Put(Batch batch) {
  std::unique_lock lock(mutex_);
  if (!status_.ok()) {
    pool_.Put(std::move(batch.bytes));
    return;
  }
  waiting_.emplace(batch.seq, std::move(batch));
  if (!writing_) WriteInSequence(lock);
}

void OrderedWriter::WriteInSequence(std::unique_lock<std::mutex>& lock) {
  writing_ = true;
  while (status_.ok() && !waiting_.empty() &&
         waiting_.begin()->first == next_) {
    Batch batch = std::move(waiting_.begin()->second);
    waiting_.erase(waiting_.begin());
    lock.unlock();  // others hand in batches while this one is written
    Status status = output_.Write(batch.bytes);
    if (status.ok() && batch.input_idle) status = output_.Flush();
    pool_.Put(std::move(batch.bytes));
    lock.lock();
    ++next_;
    if (!status.ok()) status_ = status;
    room_.notify_all();
  }
  writing_ = false;
}

void OrderedWriter::WaitForRoom() {
  std::unique_lock lock(mutex_);
  room_.wait(lock,
             [&] { return !status_.ok() || waiting_.size() < max_waiting_; });
}

bool OrderedWriter::failed() {
  std::lock_guard lock(mutex_);
  return !status_.ok();
}

Status OrderedWriter::status() {
  std::lock_guard lock(mutex_);
  return status_;
}

}  // namespace logveil::pipeline
