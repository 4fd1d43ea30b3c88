#include "pipeline/pipeline.h"

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

#include "pipeline/batch_scrubber.h"
#include "pipeline/bounded_queue.h"
#include "pipeline/reader.h"
#include "pipeline/reorder_buffer.h"

namespace logveil::pipeline {
namespace {

// Batches waiting per worker: enough to keep workers busy while the reader
// refills, few enough to bound memory (each is a chunk in and about as much
// out).
constexpr size_t kQueuedBatchesPerWorker = 2;

// Everything the threads of one RunThreaded share.
struct Shared {
  explicit Shared(size_t queue_capacity) : batches(queue_capacity) {}
  BoundedQueue<Batch> batches;
  ReorderBuffer<Batch> outputs;
  BufferPool pool;
  std::atomic<bool> stop{false};
};

void ScrubBatch(BatchScrubber& scrubber, Batch& batch, BufferPool& pool,
                report::Stats& stats) {
  stats.records += batch.records;
  if (batch.scrubbed) return;
  std::string out = pool.Get();
  out.reserve(batch.bytes.size() + batch.bytes.size() / 8);
  scrubber.Scrub(batch.bytes, out, stats, batch.bytes.capacity());
  pool.Put(std::move(batch.bytes));
  batch.bytes = std::move(out);
}

void WorkerLoop(Shared& shared, BatchScrubber scrubber, report::Stats& stats) {
  while (auto batch = shared.batches.Pop()) {
    if (!shared.stop) ScrubBatch(scrubber, *batch, shared.pool, stats);
    uint64_t seq = batch->seq;
    shared.outputs.Push(seq, std::move(*batch));
  }
}

// Reads batches into the queue; returns the read error, if any.
Status ReaderLoop(Reader& reader, Shared& shared) {
  while (!shared.stop) {
    auto batch = reader.Next();
    if (!batch.ok()) return batch.error();
    if (!batch.value() || !shared.batches.Push(std::move(*batch.value()))) {
      break;
    }
  }
  return Ok{};
}

Status WriterLoop(Shared& shared, io::ByteSink& output) {
  while (auto batch = shared.outputs.PopNext()) {
    auto status = output.Write(batch->bytes);
    shared.pool.Put(std::move(batch->bytes));
    if (!status.ok()) {
      shared.stop = true;
      shared.batches.Close();  // unblocks the reader
      return status;
    }
  }
  return Ok{};
}

}  // namespace

Pipeline::Pipeline(const detect::DetectorSet& detectors,
                   const transform::ActionTable& actions,
                   PipelineOptions options)
    : detectors_(detectors), actions_(actions), options_(options) {}

Status Pipeline::Run(io::ByteSource& input, io::ByteSink& output,
                     report::Stats& stats) {
  return options_.threads <= 1 ? RunInline(input, output, stats)
                               : RunThreaded(input, output, stats);
}

Status Pipeline::RunInline(io::ByteSource& input, io::ByteSink& output,
                           report::Stats& stats) {
  BufferPool pool;
  text::TextScrubber long_lines(detectors_, actions_);
  Reader reader(input, {options_.chunk_bytes, options_.max_record_bytes}, pool,
                long_lines, stats);
  BatchScrubber scrubber(detectors_, actions_, options_.json_rules,
                         options_.format);
  while (true) {
    auto batch = reader.Next();
    if (!batch.ok()) return batch.error();
    if (!batch.value()) return Ok{};
    ScrubBatch(scrubber, *batch.value(), pool, stats);
    auto status = output.Write(batch.value()->bytes);
    if (!status.ok()) return status;
    pool.Put(std::move(batch.value()->bytes));
  }
}

Status Pipeline::RunThreaded(io::ByteSource& input, io::ByteSink& output,
                             report::Stats& stats) {
  Shared shared(kQueuedBatchesPerWorker * options_.threads);
  std::vector<report::Stats> worker_stats(options_.threads);
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < options_.threads; ++i) {
    workers.emplace_back(WorkerLoop, std::ref(shared),
                         BatchScrubber(detectors_, actions_,
                                       options_.json_rules, options_.format),
                         std::ref(worker_stats[i]));
  }
  Status write_status = Ok{};
  std::thread writer([&] { write_status = WriterLoop(shared, output); });
  text::TextScrubber long_lines(detectors_, actions_);
  Reader reader(input, {options_.chunk_bytes, options_.max_record_bytes},
                shared.pool, long_lines, stats);
  Status read_status = ReaderLoop(reader, shared);
  shared.batches.Close();
  for (auto& worker : workers) worker.join();
  shared.outputs.Close();
  writer.join();
  for (const auto& worker : worker_stats) stats.Merge(worker);
  return read_status.ok() ? write_status : read_status;
}

}  // namespace logveil::pipeline
