// Helpers shared by the fast-path tests: a built-in entry's regex and fast
// path, what each finds in a text, and a comparison of the two on random
// texts built from pieces that steer the fast path's choices.
#pragma once

#include <catch2/catch.hpp>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "confirm/finder.h"
#include "regex/regex.h"
#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm::testing {

// A built-in pattern entry's regex and the fast path it names.
struct RegexWithFastPath {
  regex::Regex regex;
  FastPath fast_path;
};

inline RegexWithFastPath LoadEntry(std::string_view id) {
  auto catalog = catalog::Catalog::Load({});
  REQUIRE(catalog.ok());
  const catalog::PatternSpec* spec = catalog.value().Find(id);
  REQUIRE(spec != nullptr);
  FastPath fast_path = LookupFastPath(spec->fast_path);
  REQUIRE(fast_path != nullptr);
  auto compiled = regex::Regex::Compile(spec->regex, spec->capture);
  REQUIRE(compiled.ok());
  return {std::move(compiled).value(), fast_path};
}

// What `fast_path` finds in `text`; nullopt if it declines, after checking
// that it kept what `out` held either way.
inline std::optional<Values> Decided(FastPath fast_path,
                                     std::string_view text) {
  std::vector<ByteRange> ranges = {{0, 0}};
  if (!fast_path(text, ranges)) {
    REQUIRE(ranges == std::vector<ByteRange>{{0, 0}});
    return std::nullopt;
  }
  REQUIRE(!ranges.empty());
  REQUIRE(ranges.front() == ByteRange{0, 0});
  ranges.erase(ranges.begin());
  return RangeValues(text, ranges);
}

inline Values RegexSpans(const regex::Regex& regex, std::string_view text) {
  std::vector<ByteRange> ranges;
  regex.FindAll(text, ranges);
  return RangeValues(text, ranges);
}

struct Agreement {
  int decided = 0;       // texts the fast path decided
  int with_matches = 0;  // texts in which the regex finds something
};

// Compares the fast path with the regex on `count` texts of 1 to 24 random
// `pieces`; fails the test on each text where a decided result differs.
inline Agreement CompareOnRandomValues(const RegexWithFastPath& entry,
                                       std::span<const char* const> pieces,
                                       int count) {
  std::mt19937 random(20261206);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  Agreement agreement;
  for (int i = 0; i < count; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += pieces[piece(random)];
    Values slow = RegexSpans(entry.regex, text);
    agreement.with_matches += !slow.empty();
    std::optional<Values> fast = Decided(entry.fast_path, text);
    if (!fast) continue;
    ++agreement.decided;
    if (*fast != slow) {
      FAIL_CHECK("text: '" << text << "'");
      CHECK(*fast == slow);
    }
  }
  return agreement;
}

}  // namespace logveil::confirm::testing
