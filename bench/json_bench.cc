// JSON (NDJSON events): simdjson's own DOM parse + walk of the same bytes
// (the yardstick of the JSON goal), logveil's tokenizer alone, the JSON
// scrubber without detectors (the structure-aware part) and with all
// built-in detectors, and the text scrubber on the same bytes.
//
// Input: $LOGVEIL_BENCH_JSONL, or 16 MiB of events from gen_corpus.py
// (generated once into the temp directory).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/engine.h"
#include "catalog/catalog.h"
#include "config/policy_file.h"
#include "json/json_scrubber.h"
#include "json/tokenizer.h"
#include "pipeline/batch_scrubber.h"
#include "simdjson_dom_walk.h"

namespace logveil::bench {
namespace {

namespace fs = std::filesystem;

constexpr size_t kBatchBytes = size_t{1} << 20;

std::string LoadEvents() {
  fs::path path;
  if (const char* file = std::getenv("LOGVEIL_BENCH_JSONL")) {
    path = file;
  } else {
    fs::path dir = fs::temp_directory_path() / "logveil_bench_events";
    path = dir / "events.jsonl";
    if (!fs::exists(path)) {
      std::string command =
          "python3 '" LOGVEIL_SHARED_DIR "/bench/gen_corpus.py' --out '" +
          dir.string() + "' --text-size 0 --json-size 16M >/dev/null";
      if (std::system(command.c_str()) != 0) return {};
    }
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The events cut into batches of whole lines, each with padding after it
// as the reader leaves it.
const std::vector<std::string>& Batches() {
  static const std::vector<std::string> batches = [] {
    std::string events = LoadEvents();
    std::vector<std::string> cut;
    size_t at = 0;
    while (at < events.size()) {
      size_t end = events.rfind('\n', at + kBatchBytes);
      end = end == std::string::npos || end < at ? events.size() : end + 1;
      std::string batch = events.substr(at, end - at);
      batch.reserve(batch.size() + json::Tokenizer::kPaddingBytes);
      cut.push_back(std::move(batch));
      at = end;
    }
    return cut;
  }();
  return batches;
}

int64_t TotalBytes() {
  int64_t bytes = 0;
  for (const auto& batch : Batches()) bytes += int64_t(batch.size());
  return bytes;
}

const app::Engine& EngineFor(const std::string& policy_yaml) {
  static std::map<std::string, std::unique_ptr<app::Engine>> engines;
  auto& engine = engines[policy_yaml];
  if (!engine) {
    auto catalog = catalog::Catalog::Load({});
    app::EngineOptions options;
    options.policy = config::ParsePolicy("bench", policy_yaml).value();
    engine = std::make_unique<app::Engine>(
        app::BuildEngine(catalog.value(), options).value());
  }
  return *engine;
}

void BM_SimdjsonDomWalk(benchmark::State& state) {
  simdjson::dom::parser parser;
  for (auto _ : state) {
    size_t values = 0;
    for (const auto& batch : Batches()) {
      simdjson::dom::document_stream stream;
      if (parser.parse_many(batch).get(stream)) state.SkipWithError("parse");
      for (auto document : stream) {
        simdjson::dom::element root;
        if (document.get(root)) state.SkipWithError("parse");
        values += WalkDom(root);
      }
    }
    benchmark::DoNotOptimize(values);
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_SimdjsonDomWalk)->Unit(benchmark::kMillisecond);

void BM_JsonTokenize(benchmark::State& state) {
  json::Tokenizer tokenizer;
  std::vector<json::Token> tokens;
  for (auto _ : state) {
    for (const auto& batch : Batches()) {
      std::string_view lines = batch;
      for (size_t at = 0; at < lines.size();) {
        size_t end = lines.find('\n', at);
        if (end == std::string_view::npos) end = lines.size();
        (void)tokenizer.Tokenize(lines.substr(at, end - at),
                                 batch.capacity() - at, 64, tokens);
        at = end + 1;
      }
    }
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_JsonTokenize)->Unit(benchmark::kMillisecond);

// The JSON scrubber with the policy `policy_yaml`, one batch at a time.
void ScrubJson(benchmark::State& state, const std::string& policy_yaml) {
  const app::Engine& engine = EngineFor(policy_yaml);
  json::JsonScrubber scrubber(engine.detectors, engine.actions, engine.json,
                              json::Format::kAuto);
  std::string out;
  report::Stats stats;
  for (auto _ : state) {
    for (const auto& batch : Batches()) {
      out.clear();
      scrubber.Scrub(batch, batch.capacity(), out, stats);
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}

// Structure only: every detector excluded, field rules and GEO in
// structure still on.
void BM_JsonScrubStructure(benchmark::State& state) {
  ScrubJson(state, "detectors: {exclude: ['*']}\n");
}
BENCHMARK(BM_JsonScrubStructure)->Unit(benchmark::kMillisecond);

void BM_JsonScrub(benchmark::State& state) { ScrubJson(state, ""); }
BENCHMARK(BM_JsonScrub)->Unit(benchmark::kMillisecond);

void BM_TextScrubSameBytes(benchmark::State& state) {
  const app::Engine& engine = EngineFor("");
  pipeline::BatchScrubber scrubber(engine.detectors, engine.actions);
  std::string out;
  report::Stats stats;
  for (auto _ : state) {
    for (const auto& batch : Batches()) {
      out.clear();
      scrubber.Scrub(batch, out, stats);
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_TextScrubSameBytes)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace logveil::bench
