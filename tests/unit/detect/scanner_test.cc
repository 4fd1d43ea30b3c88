#include "detect/scanner.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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

// What a Scanner with `spec` as its only detector finds in `text`.
std::vector<std::string> FoundBy(const catalog::PatternSpec& spec,
                                 std::string_view text) {
  const catalog::PatternSpec* specs[] = {&spec};
  auto set = DetectorSet::Compile(specs, {});
  REQUIRE(set.ok());
  Scanner scanner(set.value());
  std::vector<Finding> findings;
  scanner.Scan(text, findings);
  return Values(text, findings);
}

TEST_CASE("regex detectors report the capture group of every match", "[unit]") {
  auto spec = RegexSpec("test.key", "key=([a-z]+)");
  CHECK(FoundBy(spec, "key=abc x key=de") ==
        std::vector<std::string>{"abc", "de"});
  CHECK(FoundBy(spec, "no match here").empty());
}

TEST_CASE("validators drop regex matches", "[unit]") {
  auto spec = RegexSpec("test.num", "\\b([0-9]{4})\\b", "luhn");
  // 4242 and 0000 pass Luhn
  CHECK(FoundBy(spec, "1234 4242 0000") ==
        std::vector<std::string>{"4242", "0000"});
}

TEST_CASE("a pattern Hyperscan cannot compile exactly still finds matches",
          "[unit]") {
  // Hyperscan rejects large bounded repeats of a class next to \b in exact
  // mode on some versions; prefilter mode must still let RE2 run.
  auto spec = RegexSpec("test.long", "\\b(z[a-y]{1,300}z)\\b");
  CHECK(FoundBy(spec, "a zabcz b") == std::vector<std::string>{"zabcz"});
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
  auto bad_fast_path = RegexSpec("test.p", "a");
  bad_fast_path.fast_path = "nope";
  bad_fast_path.origin = "mine.yaml:9";
  specs[0] = &bad_fast_path;
  auto unknown = DetectorSet::Compile(specs, {});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message ==
        "mine.yaml:9: test.p: unknown fast_path 'nope'");
}

// A fast path is trusted to give its regex's spans, so a regex that
// disagrees with it shows which of the two ran.
TEST_CASE("a regex detector's fast path decides where it can", "[unit]") {
  auto spec = RegexSpec("test.mail", "([a-z]+@[a-z]+)");
  spec.fast_path = "email";
  CHECK(FoundBy(spec, "to ann@example.com") ==
        std::vector<std::string>{"ann@example.com"});
  // Declined for the quoted local part: the regex runs.
  CHECK(FoundBy(spec, "to ann@example.com \"x\"@y") ==
        std::vector<std::string>{"ann@example"});
}

TEST_CASE("detectors with the same prefilter share one Hyperscan pattern",
          "[unit]") {
  auto user = RegexSpec("test.user", "user=([a-z]+)");
  user.prefilter = "=";
  auto id = RegexSpec("test.id", "id=([0-9]+)");
  id.prefilter = "=";
  auto word = RegexSpec("test.word", "\\b(zz[a-z]+)");
  const catalog::PatternSpec* specs[] = {&user, &word, &id};
  auto set = DetectorSet::Compile(specs, {});
  REQUIRE(set.ok());
  // user and id (detectors 0 and 2) share pattern 0; word has pattern 1.
  CHECK(std::vector<DetectorId>(set.value().sharing(0).begin(),
                                set.value().sharing(0).end()) ==
        std::vector<DetectorId>{0, 2});
  CHECK(set.value().sharing(1).size() == 1);
  Scanner scanner(set.value());
  std::vector<Finding> findings;
  const std::string text = "user=ann id=42 zzz\nid=7 x\nuser=bob";
  scanner.Scan(text, findings);
  CHECK(Values(text, findings) ==
        std::vector<std::string>{"ann", "42", "zzz", "7", "bob"});
}

}  // namespace
}  // namespace logveil::detect
