#include "detect/scanner.h"

#include <catch2/catch.hpp>

namespace logveil::detect {
namespace {

catalog::PatternSpec RegexSpec(std::string id, std::string regex,
                               std::string validator = "none") {
  catalog::PatternSpec spec;
  spec.id = std::move(id);
  spec.label = "X";
  spec.category = "test";
  spec.regex = std::move(regex);
  spec.validator = std::move(validator);
  return spec;
}

std::vector<std::string> Values(std::string_view text,
                                const std::vector<Finding>& findings) {
  std::vector<std::string> values;
  for (const auto& f : findings) values.emplace_back(f.range.In(text));
  return values;
}

TEST_CASE("regex detectors report the capture group of every match", "[unit]") {
  auto spec = RegexSpec("test.key", "key=([a-z]+)");
  const catalog::PatternSpec* specs[] = {&spec};
  auto set = DetectorSet::Compile(specs, {});
  REQUIRE(set.ok());
  Scanner scanner(set.value());
  std::vector<Finding> findings;
  std::string text = "key=abc x key=de";
  scanner.Scan(text, findings);
  CHECK(Values(text, findings) == std::vector<std::string>{"abc", "de"});
  scanner.Scan("no match here", findings);
  CHECK(findings.empty());
}

TEST_CASE("validators drop regex matches", "[unit]") {
  auto spec = RegexSpec("test.num", "\\b([0-9]{4})\\b", "luhn");
  const catalog::PatternSpec* specs[] = {&spec};
  auto set = DetectorSet::Compile(specs, {});
  REQUIRE(set.ok());
  Scanner scanner(set.value());
  std::vector<Finding> findings;
  std::string text = "1234 4242 0000";  // 4242 and 0000 pass Luhn
  scanner.Scan(text, findings);
  CHECK(Values(text, findings) == std::vector<std::string>{"4242", "0000"});
}

TEST_CASE("a pattern Hyperscan cannot compile exactly still finds matches",
          "[unit]") {
  // Hyperscan rejects large bounded repeats of a class next to \b in exact
  // mode on some versions; prefilter mode must still let RE2 run.
  auto spec = RegexSpec("test.long", "\\b(z[a-y]{1,300}z)\\b");
  const catalog::PatternSpec* specs[] = {&spec};
  auto set = DetectorSet::Compile(specs, {});
  REQUIRE(set.ok());
  Scanner scanner(set.value());
  std::vector<Finding> findings;
  std::string text = "a zabcz b";
  scanner.Scan(text, findings);
  CHECK(Values(text, findings) == std::vector<std::string>{"zabcz"});
}

TEST_CASE("compile errors name the spec", "[unit]") {
  auto bad_regex = RegexSpec("test.bad", "(unclosed");
  bad_regex.origin = "mine.yaml:3";
  const catalog::PatternSpec* specs[] = {&bad_regex};
  auto set = DetectorSet::Compile(specs, {});
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().message.rfind("mine.yaml:3: test.bad: RE2:", 0) == 0);
  auto bad_validator = RegexSpec("test.v", "a", "nope");
  specs[0] = &bad_validator;
  CHECK_FALSE(DetectorSet::Compile(specs, {}).ok());
  auto bad_finder = RegexSpec("test.f", "");
  bad_finder.finder = "nope";
  specs[0] = &bad_finder;
  CHECK_FALSE(DetectorSet::Compile(specs, {}).ok());
}

}  // namespace
}  // namespace logveil::detect
