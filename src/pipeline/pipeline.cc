#include "pipeline/pipeline.h"

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "io/utf16_stream.h"
#include "pipeline/batch_scrubber.h"
#include "pipeline/ordered_writer.h"
#include "pipeline/reader.h"

namespace logveil::pipeline {
namespace {

// Batches that may wait for an earlier one, per worker: room for a worker
// to run ahead of one held up by a slow batch, few enough to bound memory
// (each is a chunk of output).
constexpr size_t kWaitingBatchesPerWorker = 2;

// Everything the workers of one RunThreaded share. The reader is read by
// one worker at a time, under `reading`.
struct Shared {
  Shared(io::ByteSource& input, ReaderOptions options,
         text::TextScrubber& long_lines, report::Stats& stats,
         io::ByteSink& output, size_t max_waiting)
      : reader(input, options, pool, long_lines, stats),
        writer(output, pool, max_waiting) {}

  // The next batch, or nothing at the end of the input, after an error, or
  // once the output has failed.
  std::optional<Batch> NextBatch() {
    std::lock_guard lock(reading);
    if (!read_status.ok() || writer.failed()) return std::nullopt;
    auto batch = reader.Next();
    if (!batch.ok()) {
      read_status = batch.error();
      return std::nullopt;
    }
    return std::move(batch).value();
  }

  BufferPool pool;  // first: the reader and the writer use it
  std::mutex reading;
  Reader reader;
  Status read_status = Ok{};
  OrderedWriter writer;
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

// Each worker reads a batch, scrubs it and hands it to the writer, which
// may have it write batches: no thread waits on another but to take turns.
void WorkerLoop(Shared& shared, BatchScrubber scrubber, report::Stats& stats) {
  while (true) {
    shared.writer.WaitForRoom();
    std::optional<Batch> batch = shared.NextBatch();
    if (!batch) return;
    ScrubBatch(scrubber, *batch, shared.pool, stats);
    shared.writer.Put(std::move(*batch));
  }
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

Status Pipeline::RunText(io::ByteSource& input, io::ByteSink& output,
                         report::Stats& stats) {
  io::TextForm form;
  auto text = io::OpenTextSource(input, form);
  if (!text.ok()) return text.error();
  if (form.encoding == io::TextEncoding::kBytes) {
    return Run(*text.value(), output, stats);
  }
  auto utf16 = io::OpenUtf16Sink(output, form);
  auto status = Run(*text.value(), *utf16, stats);
  return status.ok() ? utf16->Finish() : status;
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
    if (status.ok() && batch.value()->input_idle) status = output.Flush();
    if (!status.ok()) return status;
    pool.Put(std::move(batch.value()->bytes));
  }
}

Status Pipeline::RunThreaded(io::ByteSource& input, io::ByteSink& output,
                             report::Stats& stats) {
  text::TextScrubber long_lines(detectors_, actions_);
  Shared shared(input, {options_.chunk_bytes, options_.max_record_bytes},
                long_lines, stats, output,
                kWaitingBatchesPerWorker * options_.threads);
  auto scrubber = [&] {
    return BatchScrubber(detectors_, actions_, options_.json_rules,
                         options_.format);
  };
  std::vector<report::Stats> worker_stats(options_.threads);
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < options_.threads; ++i) {
    workers.emplace_back(WorkerLoop, std::ref(shared), scrubber(),
                         std::ref(worker_stats[i]));
  }
  WorkerLoop(shared, scrubber(), worker_stats[0]);  // this thread works too
  for (auto& worker : workers) worker.join();
  for (const auto& worker : worker_stats) stats.Merge(worker);
  if (!shared.read_status.ok()) return shared.read_status;
  return shared.writer.status();
}

}  // namespace logveil::pipeline
