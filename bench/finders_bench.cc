// Each hand-written finder alone over a synthetic log chunk, all of them in
// one shared pass, and the byte classification that pass starts with.
#include <benchmark/benchmark.h>

#include "confirm/byte_classes.h"
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

void BM_FindAll(benchmark::State& state) {
  const std::string& text = SampleLog(1 << 20, int(state.range(0)));
  std::vector<const confirm::Finder*> finders;
  for (const auto& finder : confirm::AllFinders()) finders.push_back(&finder);
  confirm::FindOptions options;
  std::vector<const confirm::FindOptions*> each(finders.size(), &options);
  std::vector<std::vector<ByteRange>> ranges(finders.size());
  for (auto _ : state) {
    for (auto& found : ranges) found.clear();
    confirm::FindAll(finders, text, each, ranges);
    benchmark::DoNotOptimize(ranges.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_FindAll)->Arg(0)->Arg(50);

void BM_ClassifyBytes(benchmark::State& state) {
  const std::string& text = SampleLog(1 << 20, 50);
  constexpr size_t kWindow = confirm::kWindowBlocks;
  static confirm::ByteClasses classes;
  size_t count = text.size() / confirm::kBlockBytes;
  for (auto _ : state) {
    for (size_t first = 0; first < count; first += kWindow) {
      confirm::ClassifyBlocks(text, first, kWindow, 1, classes);
      benchmark::DoNotOptimize(classes);
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_ClassifyBytes);

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
