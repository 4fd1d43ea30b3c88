// Line framing of a 1 MiB chunk.
#include <benchmark/benchmark.h>

#include "framing/line_framer.h"
#include "sample_log.h"

namespace logveil::bench {
namespace {

void BM_FrameLines(benchmark::State& state) {
  const std::string& text = SampleLog(1 << 20, 0);
  std::vector<framing::Record> records;
  for (auto _ : state) {
    records.clear();
    benchmark::DoNotOptimize(framing::FrameLines(text, true, 0, records));
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_FrameLines);

}  // namespace
}  // namespace logveil::bench
