// The whole scan (all built-in detectors) and the batch scrub over chunks
// with no, sparse and dense personal data.
#include <benchmark/benchmark.h>

#include "app/engine.h"
#include "catalog/catalog.h"
#include "pipeline/batch_scrubber.h"
#include "sample_log.h"

namespace logveil::bench {
namespace {

const app::Engine& DefaultEngine() {
  static const app::Engine* engine = [] {
    auto catalog = catalog::Catalog::Load({});
    return new app::Engine(
        app::BuildEngine(catalog.value(), app::EngineOptions{}).value());
  }();
  return *engine;
}

void BM_Scan(benchmark::State& state) {
  const std::string& text = SampleLog(1 << 20, int(state.range(0)));
  detect::Scanner scanner(DefaultEngine().detectors);
  std::vector<detect::Finding> findings;
  for (auto _ : state) {
    scanner.Scan(text, findings);
    benchmark::DoNotOptimize(findings.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_Scan)->Arg(0)->Arg(10)->Arg(50)->Arg(100);

void BM_ScrubBatch(benchmark::State& state) {
  const std::string& text = SampleLog(1 << 20, int(state.range(0)));
  const auto& engine = DefaultEngine();
  pipeline::BatchScrubber scrubber(engine.detectors, engine.actions);
  std::string out;
  report::Stats stats;
  for (auto _ : state) {
    out.clear();
    scrubber.Scrub(text, out, stats);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_ScrubBatch)->Arg(0)->Arg(50);

}  // namespace
}  // namespace logveil::bench
