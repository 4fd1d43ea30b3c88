// E-mail spans on the lines of a synthetic log that hold an '@': the
// hand-written fast path (confirm/email_span.h) against the contact.email
// regex in RE2, which runs where the fast path declines.
#include <benchmark/benchmark.h>

#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "confirm/email_span.h"
#include "regex/regex.h"
#include "sample_log.h"

namespace logveil::bench {
namespace {

const std::vector<std::string_view>& LinesWithAt() {
  static const std::vector<std::string_view> lines = [] {
    std::vector<std::string_view> found;
    std::string_view text = SampleLog(1 << 20, 50);
    while (!text.empty()) {
      size_t end = std::min(text.find('\n'), text.size());
      std::string_view line = text.substr(0, end);
      if (line.find('@') != std::string_view::npos) found.push_back(line);
      text.remove_prefix(std::min(end + 1, text.size()));
    }
    return found;
  }();
  return lines;
}

void BM_EmailFastPath(benchmark::State& state) {
  std::vector<ByteRange> ranges;
  size_t declined = 0;
  for (auto _ : state) {
    for (std::string_view line : LinesWithAt()) {
      ranges.clear();
      declined += !confirm::FindEmailSpans(line, ranges);
      benchmark::DoNotOptimize(ranges.data());
    }
  }
  state.counters["declined"] = double(declined) / state.iterations();
  state.SetItemsProcessed(int64_t(state.iterations()) * LinesWithAt().size());
}
BENCHMARK(BM_EmailFastPath);

void BM_EmailRegex(benchmark::State& state) {
  auto catalog = catalog::Catalog::Load({});
  const catalog::PatternSpec* spec =
      catalog.ok() ? catalog.value().Find("contact.email") : nullptr;
  auto email = regex::Regex::Compile(spec ? spec->regex : "@", -1);
  if (spec == nullptr || !email.ok()) return state.SkipWithError("no regex");
  std::vector<ByteRange> ranges;
  for (auto _ : state) {
    for (std::string_view line : LinesWithAt()) {
      ranges.clear();
      email.value().FindAll(line, ranges);
      benchmark::DoNotOptimize(ranges.data());
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * LinesWithAt().size());
}
BENCHMARK(BM_EmailRegex);

}  // namespace
}  // namespace logveil::bench
