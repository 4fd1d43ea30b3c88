// Each hand-written finder alone over a synthetic log chunk.
#include <benchmark/benchmark.h>

#include "confirm/finder.h"
#include "sample_log.h"

namespace logveil::bench {
namespace {

void BM_Finder(benchmark::State& state, const confirm::Finder* finder) {
  const std::string& text = SampleLog(1 << 20, 50);
  confirm::FindOptions options;
  std::vector<ByteRange> ranges;
  for (auto _ : state) {
    ranges.clear();
    finder->find(text, options, ranges);
    benchmark::DoNotOptimize(ranges.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

int RegisterFinders() {
  for (const auto& finder : confirm::AllFinders()) {
    benchmark::RegisterBenchmark(
        ("BM_Finder/" + std::string(finder.name)).c_str(), BM_Finder, &finder);
  }
  return 0;
}

const int kRegistered = RegisterFinders();

}  // namespace
}  // namespace logveil::bench
