#include "catalog/catalog.h"

#include <catch2/catch.hpp>

#include "catalog/pattern_file.h"

namespace logveil::catalog {
namespace {

TEST_CASE("pattern files parse every schema field", "[unit]") {
  auto specs = ParsePatternFile("mine.yaml",
                                "patterns:\n"
                                "  - id: mine.word\n"
                                "    name: A word\n"
                                "    label: WORD\n"
                                "    category: custom\n"
                                "    priority: 33\n"
                                "    regex: ['\\b(', 'w[0-9]+', ')\\b']\n"
                                "    fast_path: email\n"
                                "    validator: luhn\n"
                                "    examples:\n"
                                "      - 'w18'\n"
                                "      - {text: 'a w42 b', match: 'w42'}\n"
                                "    negative_examples: ['w']\n"
                                "    scrub_examples:\n"
                                "      - {input: 'w18', expected: '[WORD]'}\n");
  REQUIRE(specs.ok());
  REQUIRE(specs.value().size() == 1);
  const PatternSpec& spec = specs.value()[0];
  CHECK(spec.regex == "\\b(w[0-9]+)\\b");
  CHECK(spec.priority == 33);
  CHECK(spec.fast_path == "email");
  CHECK(spec.examples[0].match == "w18");
  CHECK(spec.examples[1].match == "w42");
  CHECK(spec.scrub_examples[0].expected == "[WORD]");
  CHECK(spec.origin == "mine.yaml:2");
  CHECK(spec.capture == -1);
  auto first = ParsePatternFile("mine.yaml",
                                "patterns:\n  - id: mine.q\n    label: Q\n"
                                "    category: c\n    regex: '(a)|(b)'\n"
                                "    capture: first\n");
  REQUIRE(first.ok());
  CHECK(first.value()[0].capture == kCaptureFirstGroup);
}

TEST_CASE("pattern file errors name file and line", "[unit]") {
  auto specs = ParsePatternFile("mine.yaml",
                                "patterns:\n  - id: mine.a\n    label: A\n"
                                "    category: c\n    regx: 'a'\n");
  REQUIRE_FALSE(specs.ok());
  CHECK(specs.error().message == "mine.yaml:5: unknown key 'regx'");
  auto both =
      ParsePatternFile("mine.yaml",
                       "patterns:\n  - {id: mine.a, label: A, category: c, "
                       "regex: a, finder: ipv4}\n");
  REQUIRE_FALSE(both.ok());
  CHECK(both.error().message ==
        "mine.yaml:2: set exactly one of 'regex' and 'finder'");
  auto fast =
      ParsePatternFile("mine.yaml",
                       "patterns:\n  - {id: mine.a, label: A, "
                       "category: c, finder: ipv4, fast_path: email}\n");
  REQUIRE_FALSE(fast.ok());
  CHECK(fast.error().message == "mine.yaml:2: 'fast_path' goes with 'regex'");
}

TEST_CASE("pattern files parse an entry's context", "[unit]") {
  auto specs = ParsePatternFile(
      "mine.yaml",
      "patterns:\n"
      "  - id: mine.n\n    label: N\n    category: c\n    regex: 'n'\n"
      "    context:\n"
      "      boost: [phone, tel]\n"
      "      suppress: [id, p99]\n"
      "      units: [ms]\n"
      "      look_alikes: [epoch, uuid]\n");
  REQUIRE(specs.ok());
  const ContextSpec& context = specs.value()[0].context;
  CHECK(context.boost == std::vector<std::string>{"phone", "tel"});
  CHECK(context.suppress == std::vector<std::string>{"id", "p99"});
  CHECK(context.units == std::vector<std::string>{"ms"});
  CHECK(context.look_alikes == std::vector<std::string>{"epoch", "uuid"});
}

TEST_CASE("context words are lower-case letters and digits", "[unit]") {
  auto parse = [](const std::string& context) {
    return ParsePatternFile("mine.yaml",
                            "patterns:\n  - id: mine.n\n    label: N\n"
                            "    category: c\n    regex: 'n'\n"
                            "    context: " +
                                context + "\n");
  };
  auto upper = parse("{boost: [Phone]}");
  REQUIRE_FALSE(upper.ok());
  CHECK(upper.error().message ==
        "mine.yaml:6: context word 'Phone' is not [a-z0-9]+ or "
        "[a-z0-9]+_[a-z0-9]+");
  CHECK_FALSE(parse("{boost: ['order id']}").ok());
  CHECK(parse("{boost: [caller_id]}").ok());  // two tokens in a row
  CHECK_FALSE(parse("{boost: [a_b_c]}").ok());
  CHECK_FALSE(parse("{boost: [_id]}").ok());
  CHECK_FALSE(parse("{boost: [caller_]}").ok());
  CHECK_FALSE(parse("{boost: ['']}").ok());
  auto unknown = parse("{near: [x]}");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message == "mine.yaml:6: unknown context key 'near'");
  auto both = parse("{boost: [id], suppress: [id]}");
  REQUIRE_FALSE(both.ok());
  CHECK(both.error().message == "mine.yaml:6: 'id' both boosts and suppresses");
  CHECK_FALSE(parse("[phone]").ok());
}

TEST_CASE("the built-in catalog loads with unique ids", "[unit]") {
  auto catalog = Catalog::Load({});
  REQUIRE(catalog.ok());
  CHECK(catalog.value().Find("contact.email") != nullptr);
  CHECK(catalog.value().Find("no.such") == nullptr);
}

TEST_CASE("the scanner's catalog is the built-in one without docs and tests",
          "[unit]") {
  auto full = Catalog::Load({});
  auto engine = Catalog::LoadForScanning({});
  REQUIRE(full.ok());
  REQUIRE(engine.ok());
  const auto& full_specs = full.value().specs();
  const auto& engine_specs = engine.value().specs();
  REQUIRE(engine_specs.size() == full_specs.size());
  for (size_t i = 0; i < full_specs.size(); ++i) {
    const PatternSpec& a = full_specs[i];
    const PatternSpec& b = engine_specs[i];
    INFO(a.origin);
    CHECK(b.id == a.id);
    CHECK(b.name == a.name);
    CHECK(b.label == a.label);
    CHECK(b.category == a.category);
    CHECK(b.priority == a.priority);
    CHECK(b.regex == a.regex);
    CHECK(b.finder == a.finder);
    CHECK(b.prefilter == a.prefilter);
    CHECK(b.capture == a.capture);
    CHECK(b.fast_path == a.fast_path);
    CHECK(b.validator == a.validator);
    CHECK(b.context.boost == a.context.boost);
    CHECK(b.context.suppress == a.context.suppress);
    CHECK(b.context.units == a.context.units);
    CHECK(b.context.look_alikes == a.context.look_alikes);
    CHECK(b.origin == a.origin);
    CHECK(b.builtin);
    CHECK(b.description.empty());
    CHECK(b.examples.empty());
    CHECK(b.negative_examples.empty());
    CHECK(b.scrub_examples.empty());
  }
}

TEST_CASE("only the built-in pattern files are marked built in", "[unit]") {
  // Their regexes are compiled on first use; a user's at start-up.
  auto catalog = Catalog::Load({});
  REQUIRE(catalog.ok());
  for (const PatternSpec& spec : catalog.value().specs()) {
    CHECK(spec.builtin);
  }
  auto parsed = ParsePatternFile("mine.yaml", R"(patterns:
  - id: mine.x
    name: X
    label: X
    category: other
    regex: 'x[0-9]+'
)");
  REQUIRE(parsed.ok());
  CHECK_FALSE(parsed.value().at(0).builtin);
}

TEST_CASE("GlobMatches", "[unit]") {
  CHECK(GlobMatches("*", "network.ipv4"));
  CHECK(GlobMatches("network.*", "network.ipv4"));
  CHECK_FALSE(GlobMatches("network.*", "contact.email"));
  CHECK(GlobMatches("*.email", "contact.email"));
  CHECK(GlobMatches("contact.email", "contact.email"));
  CHECK_FALSE(GlobMatches("contact.emai", "contact.email"));
}

}  // namespace
}  // namespace logveil::catalog
