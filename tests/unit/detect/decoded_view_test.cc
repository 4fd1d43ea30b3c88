#include "detect/decoded_view.h"

#include <catch2/catch.hpp>
#include <random>

#include "app/engine.h"
#include "catalog/catalog.h"
#include "detect/scanner.h"

namespace logveil::detect {
namespace {

// Maps the first occurrence of `decoded` in the view back to the text, as
// the original bytes, "@" and the encoding's number.
std::string MapBack(const DecodedView& view, std::string_view text,
                    std::string_view decoded) {
  size_t at = view.text().find(decoded);
  if (at == std::string_view::npos) return "not in view";
  std::vector<Finding> mapped;
  view.AppendMapped({{0, {at, at + decoded.size()}}}, mapped);
  return std::string(mapped[0].range.In(text)) + "@" +
         std::to_string(static_cast<int>(mapped[0].encoding));
}

constexpr int kPercent = static_cast<int>(Encoding::kPercent);
constexpr int kForm = static_cast<int>(Encoding::kForm);
constexpr int kHtml = static_cast<int>(Encoding::kHtml);
constexpr int kJson = static_cast<int>(Encoding::kJson);

TEST_CASE("decoded view: only lines with a valid escape", "[unit]") {
  DecodedView view;
  CHECK_FALSE(view.Build("no escapes here\nnone here either", Encoding::kHtml));
  CHECK_FALSE(view.Build("a=1&b=2 50% off C:\\bin", Encoding::kHtml));
  CHECK_FALSE(view.Build("50% off, 100%zz", Encoding::kPercent));
  CHECK_FALSE(view.Build("C:\\bin\\x", Encoding::kJson));
  std::string text = "plain\nmail john&#64;example.com\nplain &amp\n";
  REQUIRE(view.Build(text, Encoding::kHtml));
  CHECK(view.text() == "mail john@example.com\n");
  CHECK(MapBack(view, text, "john@example.com") ==
        "john&#64;example.com@" + std::to_string(kHtml));
  CHECK(MapBack(view, text, "@") == "&#64;@" + std::to_string(kHtml));
  // Without an escape in it a finding is plain text.
  CHECK(MapBack(view, text, "mail") == "mail@0");
}

TEST_CASE("decoded view: a query string is scanned per parameter", "[unit]") {
  std::string text =
      "GET /a%20b?email=john%40x.com&phone=%2B971501234567&q=hello+world "
      "HTTP/1.1 x+y";
  DecodedView view;
  REQUIRE(view.Build(text, Encoding::kPercent));
  CHECK(view.text() ==
        "GET /a b?email=john@x.com\nphone=+971501234567\nq=hello world "
        "HTTP/1.1 x+y\n");
  CHECK(MapBack(view, text, "john@x.com") ==
        "john%40x.com@" + std::to_string(kForm));
  CHECK(MapBack(view, text, "+971501234567") ==
        "%2B971501234567@" + std::to_string(kForm));
  CHECK(MapBack(view, text, "hello world") ==
        "hello+world@" + std::to_string(kForm));
  CHECK(MapBack(view, text, "a b") == "a%20b@" + std::to_string(kPercent));
  CHECK(MapBack(view, text, "x+y") == "x+y@0");
}

TEST_CASE("decoded view: a '?' without parameters is no query", "[unit]") {
  std::string text = "why?a+b%40c";
  DecodedView view;
  REQUIRE(view.Build(text, Encoding::kPercent));
  CHECK(view.text() == "why?a+b@c\n");
}

TEST_CASE("decoded view: ranges widen to whole escapes", "[unit]") {
  // "\u00e9" is two decoded bytes; a range that starts or ends inside
  // them takes the whole escape.
  std::string text = "x\\u00e9y \\u0041";
  DecodedView view;
  REQUIRE(view.Build(text, Encoding::kJson));
  CHECK(view.text() == "x\xc3\xa9y A\n");
  std::vector<Finding> mapped;
  view.AppendMapped({{0, {2, 4}}, {0, {1, 2}}, {0, {5, 6}}}, mapped);
  REQUIRE(mapped.size() == 3);
  CHECK(mapped[0].range.In(text) == "\\u00e9y");
  CHECK(mapped[1].range.In(text) == "\\u00e9");
  CHECK(mapped[2].range.In(text) == "\\u0041");
  CHECK(mapped[2].encoding == Encoding::kJson);
}

TEST_CASE("decoded view: raw findings that split an escape are dropped",
          "[unit]") {
  std::string text = "a \\nbob x \\ncat";
  DecodedView view;
  REQUIRE(view.Build(text, Encoding::kJson));
  // Raw: "nbob" and "ncat" start inside "\n", "a " does not; found in the
  // view: "bob" only. A split one without a decoded one in its place stays.
  std::vector<Finding> findings{
      {0, {3, 7}}, {1, {0, 2}}, {0, {11, 15}}, {0, {4, 7}}};
  CHECK(view.DropSplitEscapes(findings, 3, 3) == 1);
  CHECK(findings ==
        std::vector<Finding>{{1, {0, 2}}, {0, {11, 15}}, {0, {4, 7}}});
}

TEST_CASE("decoded view: Value decodes a finding per its encoding", "[unit]") {
  DecodedView view;
  std::string text = "a=john%40x.com+b";
  CHECK(view.Value({0, {2, 16}, Encoding::kForm}, text) == "john@x.com b");
  CHECK(view.Value({0, {2, 16}, Encoding::kPercent}, text) == "john@x.com+b");
  CHECK(view.Value({0, {2, 16}, Encoding::kNone}, text) == "john%40x.com+b");
}

// The built-in detectors as the default policy selects them.
const DetectorSet& BuiltinDetectors() {
  static const auto engine = [] {
    auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    auto built = app::BuildEngine(catalog.value(), app::EngineOptions{});
    REQUIRE(built.ok());
    return std::make_unique<app::Engine>(std::move(built).value());
  }();
  return engine->detectors;
}

// Each finding as "<label> <original bytes> <encoding number>".
std::vector<std::string> Scan(std::string_view text) {
  Scanner scanner(BuiltinDetectors());
  std::vector<Finding> findings;
  scanner.Scan(text, findings);
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(BuiltinDetectors().detector(f.detector).label + " " +
                  std::string(f.range.In(text)) + " " +
                  std::to_string(static_cast<int>(f.encoding)));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("scanner: finds what escaped bytes mean", "[unit]") {
  CHECK(Scan("to john&#64;example&period;com ok") ==
        Strings{"EMAIL john&#64;example&period;com 3"});
  CHECK(Scan("msg=\"{\\\"to\\\":\\\"john\\u0040example.com\\\"}\"") ==
        Strings{"EMAIL john\\u0040example.com 4"});
  CHECK(Scan("tel%3A%2B971%2050%20123%204567 x") ==
        Strings{"PHONE tel%3A%2B971%2050%20123%204567 1"});
  CHECK(Scan("r=https%3A%2F%2Fx.io%2F%3Fe%3Djohn%2540example.com") ==
        Strings{"EMAIL john%2540example.com 1"});
  CHECK(Scan("GET /v?phone=%2B14155550123&email=a.b%40example.org") ==
        Strings{"PHONE %2B14155550123 2", "EMAIL a.b%40example.org 2"});
}

TEST_CASE("scanner: a raw match longer than the decoded one wins", "[unit]") {
  // The PEM regex takes "\n" escapes as part of the key; the JSON view
  // would cut the key at the first one.
  std::string pem =
      "-----BEGIN RSA PRIVATE KEY-----\\nMIIBOgIBAAJBAKj34GkxFhD90\\n-----END "
      "RSA PRIVATE KEY-----";
  CHECK(Scan(pem) == Strings{"SECRET " + pem + " 0"});
}

TEST_CASE("scanner: a raw match that starts inside an escape loses", "[unit]") {
  // The raw email rule reads "nbob..." and "u0022carl...".
  CHECK(Scan("E-mail:\\nbob@example.com") ==
        Strings{"EMAIL bob@example.com 0"});
  CHECK(Scan("to \\u0022carl@example.net\\u0022") ==
        Strings{"EMAIL carl@example.net 0"});
}

TEST_CASE("scanner: random bytes full of escapes never crash", "[unit]") {
  std::mt19937 random(5);
  const std::string alphabet = "%&\\#;x0123456789abcdefABCDEFu+=?@.:/ \n";
  Scanner scanner(BuiltinDetectors());
  std::vector<Finding> findings;
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 200, ' ');
    for (char& c : text) {
      c = random() % 4 == 0 ? static_cast<char>(random())
                            : alphabet[random() % alphabet.size()];
    }
    scanner.Scan(text, findings);
    for (const auto& finding : findings) {
      INFO(text);
      REQUIRE(finding.range.begin < finding.range.end);
      REQUIRE(finding.range.end <= text.size());
      CHECK(finding.range.In(text).find('\n') == std::string_view::npos);
    }
  }
}

}  // namespace
}  // namespace logveil::detect
