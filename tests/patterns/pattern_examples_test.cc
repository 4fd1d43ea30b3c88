// Every entry of patterns/*.yaml: lint rules, examples through Hyperscan and
// RE2 (or its finder), negatives, newline rule and scrub examples, one
// DYNAMIC_SECTION per pattern id. The checks are app::CheckSpec, the same
// code `logveil patterns check` runs.
#include <catch2/catch.hpp>

#include "app/pattern_check.h"
#include "catalog/catalog.h"

namespace logveil {
namespace {

// A regex entry of the category "test".
catalog::PatternSpec TestSpec(std::string id, std::string label,
                              std::string regex) {
  catalog::PatternSpec spec;
  spec.id = std::move(id);
  spec.label = std::move(label);
  spec.category = "test";
  spec.regex = std::move(regex);
  return spec;
}

TEST_CASE("built-in patterns pass their own examples", "[patterns]") {
  auto catalog = catalog::Catalog::Load({});
  REQUIRE(catalog.ok());
  REQUIRE(catalog.value().specs().size() >= 8);
  for (const auto& spec : catalog.value().specs()) {
    DYNAMIC_SECTION(spec.id) {
      CHECK(app::CheckSpec(spec, confirm::FindOptions{}) ==
            std::vector<std::string>{});
    }
  }
}

TEST_CASE("the built-in detectors cover every required type", "[patterns]") {
  auto catalog = catalog::Catalog::Load({});
  REQUIRE(catalog.ok());
  std::vector<std::string> labels;
  for (const auto& spec : catalog.value().specs()) labels.push_back(spec.label);
  for (const char* label :
       {"EMAIL", "PHONE", "IPV4", "IPV6", "GEO", "CARD", "IBAN", "MAC"}) {
    CHECK(std::count(labels.begin(), labels.end(), label) >= 1);
  }
}

TEST_CASE("a pattern that fails its examples is reported", "[patterns]") {
  auto spec = TestSpec("test.digits", "DIGITS", "\\b([0-9]{3})\\b");
  spec.examples = {{"a 123 b", "123"}, {"4567", "4567"}};
  spec.negative_examples = {"x 999 y"};
  spec.scrub_examples = {{"n 123", "n [NUMBER]", ""}};
  auto problems = app::CheckSpec(spec, confirm::FindOptions{});
  CHECK(problems ==
        std::vector<std::string>{
            "test.digits: example 2 not found with its exact span",
            "test.digits: example 2: Hyperscan prefilter does not fire",
            "test.digits: negative example 1 produced a finding",
            "test.digits: scrub example 1: got 'n [DIGITS]'"});
}

TEST_CASE("a built-in regex that RE2 rejects is reported", "[patterns]") {
  // Valid for Hyperscan, not for RE2 (a back reference).
  auto spec = TestSpec("test.twice", "TWICE", "(a)\\1");
  spec.builtin = true;
  auto problems = app::CheckSpec(spec, confirm::FindOptions{});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("test.twice: RE2: ") != std::string::npos);
}

TEST_CASE("a regex that crosses newlines is reported", "[patterns]") {
  auto spec = TestSpec("test.spaced", "SPACED", "(ab\\s+cd)");
  spec.examples = {{"x ab cd y", "ab cd"}, {"ab  cd", "ab  cd"}};
  spec.negative_examples = {"ab"};
  auto problems = app::CheckSpec(spec, confirm::FindOptions{});
  CHECK(problems == std::vector<std::string>{
                        "test.spaced: example 1: a match crosses a newline",
                        "test.spaced: example 2: a match crosses a newline"});
}

TEST_CASE("a fast path that disagrees with its regex is reported",
          "[patterns]") {
  auto spec = TestSpec("test.mail", "MAIL", "([a-z]+@[a-z]+)");
  spec.fast_path = "email";
  // The fast path finds ann@example.com where the regex finds ann@example;
  // it declines the quoted local part of example 2, and the regex runs.
  spec.examples = {{"to ann@example.com", "ann@example"},
                   {"\"q\"@r z@y", "z@y"}};
  spec.negative_examples = {"k@example.com"};
  auto problems = app::CheckSpec(spec, confirm::FindOptions{});
  CHECK(problems ==
        std::vector<std::string>{
            "test.mail: example 1 not found with its exact span",
            "test.mail: example 1: fast_path disagrees with the regex",
            "test.mail: negative example 1 produced a finding",
            "test.mail: negative example 1: fast_path disagrees with the "
            "regex"});
}

}  // namespace
}  // namespace logveil
