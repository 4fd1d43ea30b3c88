// Helpers shared by the finder tests: run one finder over a text and return
// what it found, as matched values or as [begin, end) pairs.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "confirm/finder.h"

namespace logveil::confirm::testing {

using Spans = std::vector<std::pair<size_t, size_t>>;
using Values = std::vector<std::string>;

// The options the scanner runs a finder with, but the phone regions: the
// context words of the built-in pattern entry `id`.
inline FindOptions EntryOptions(const char* id) {
  static const catalog::Catalog catalog = catalog::Catalog::Load({}).value();
  const catalog::ContextSpec& context = catalog.Find(id)->context;
  FindOptions options;
  options.context =
      ContextWords(context.boost, context.suppress, context.units);
  return options;
}

inline std::vector<ByteRange> RunFinder(FindFunction find,
                                        std::string_view text,
                                        const FindOptions& options = {}) {
  std::vector<ByteRange> ranges;
  find(text, options, ranges);
  return ranges;
}

// The bytes of `text` in each of `ranges`.
inline Values RangeValues(std::string_view text,
                          const std::vector<ByteRange>& ranges) {
  Values values;
  for (const ByteRange& range : ranges) values.emplace_back(range.In(text));
  return values;
}

inline Values FoundValues(FindFunction find, std::string_view text,
                          const FindOptions& options = {}) {
  return RangeValues(text, RunFinder(find, text, options));
}

inline Spans FoundSpans(FindFunction find, std::string_view text,
                        const FindOptions& options = {}) {
  Spans spans;
  for (const ByteRange& range : RunFinder(find, text, options)) {
    spans.emplace_back(range.begin, range.end);
  }
  return spans;
}

}  // namespace logveil::confirm::testing
