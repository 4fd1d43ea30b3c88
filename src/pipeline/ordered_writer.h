// OrderedWriter: workers hand in scrubbed batches in any order, and the
// worker that hands in the next batch in sequence writes it, with every batch
// after it that is already in. No thread exists only to write and none is
// woken to: on 2-core virtual machines each wake-up of a sleeping thread cost
// an interrupt between cores, and a reader thread, a writer thread and their
// queues made -j2 use a third more CPU than -j1
// (docs/decisions/0009-pipeline-workers.md).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>

#include "base/result.h"
#include "io/byte_stream.h"
#include "pipeline/batch.h"
#include "pipeline/buffer_pool.h"

namespace logveil::pipeline {

class OrderedWriter {
 public:
  // At most `max_waiting` batches wait for an earlier one (WaitForRoom).
  OrderedWriter(io::ByteSink& output, BufferPool& pool, size_t max_waiting)
      : output_(output), pool_(pool), max_waiting_(max_waiting) {}

  // Hands in `batch` (each sequence number once, from 0). Writes the batches
  // now in sequence, unless another worker is writing: that one will.
  void Put(Batch batch);

  // Blocks while `max_waiting` batches wait: a worker that is far ahead
  // waits for the one holding the next batch, which never waits here.
  void WaitForRoom();

  // After a failed write: true, and status() says why.
  bool failed();
  Status status();

 private:
  void WriteInSequence(std::unique_lock<std::mutex>& lock);

  io::ByteSink& output_;
  BufferPool& pool_;
  const size_t max_waiting_;
  std::mutex mutex_;
  std::condition_variable room_;
  std::map<uint64_t, Batch> waiting_;
  uint64_t next_ = 0;
  bool writing_ = false;
  Status status_ = Ok{};
};

}  // namespace logveil::pipeline
