// The e-mail fast path against the contact.email regex it stands in for:
// exact spans where it decides, and a decline wherever only the regex can
// read the text (quoted local parts, non-ASCII, address literals).
#include "confirm/email_span.h"

#include <catch2/catch.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "regex/regex.h"

namespace logveil::confirm {
namespace {

using Spans = std::vector<std::string>;

const regex::Regex& EmailRegex() {
  static const regex::Regex compiled = [] {
    auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    const catalog::PatternSpec* spec = catalog.value().Find("contact.email");
    REQUIRE(spec != nullptr);
    REQUIRE(spec->fast_path == "email");
    auto email = regex::Regex::Compile(spec->regex, spec->capture);
    REQUIRE(email.ok());
    return std::move(email).value();
  }();
  return compiled;
}

Spans Texts(std::string_view text, const std::vector<ByteRange>& ranges) {
  Spans texts;
  for (const ByteRange& range : ranges) {
    texts.emplace_back(range.In(text));
  }
  return texts;
}

// What the fast path finds in `text`; nullopt if it declines.
std::optional<Spans> Fast(std::string_view text) {
  std::vector<ByteRange> ranges = {{0, 0}};  // kept as it was on a decline
  if (!FindEmailSpans(text, ranges)) {
    REQUIRE(ranges == std::vector<ByteRange>{{0, 0}});
    return std::nullopt;
  }
  REQUIRE(!ranges.empty());
  REQUIRE(ranges.front() == ByteRange{0, 0});
  ranges.erase(ranges.begin());
  return Texts(text, ranges);
}

Spans Slow(std::string_view text) {
  std::vector<ByteRange> ranges;
  EmailRegex().FindAll(text, ranges);
  return Texts(text, ranges);
}

TEST_CASE("email fast path: the regex's spans in ASCII text", "[unit]") {
  const char* const kTexts[] = {
      "to <priya_hernandez@yahoo.com>: 550 5.1.1",
      "email=karen.miller@zoho.eu, phone=(574) 731-9073",
      "a@example.com.x and b@mail.example.co.uk.",
      "x@foo@example.com",
      "first..last@mail.example.org and +help@moz.com",
      "GET /x?user@example.com&y=1",
      "lodash@4.17.21 icon@2x.png user@localhost",
      "user@xn--80ak6aa92e.com a@b.XN--P1AI c@d.xn--e_",
      "a@b.comx_ a@b.com_ a@b.c-m a@b.abcdefghijklmnopqrstuvwxyzabcdefghij"
      "klmnopqrstuvwxyzabcdefghijklm",
      "@@@ @a.com .@b.com ~@c.com a@-.com",
      "",
  };
  for (const char* text : kTexts) {
    CAPTURE(text);
    std::optional<Spans> fast = Fast(text);
    REQUIRE(fast.has_value());
    CHECK(*fast == Slow(text));
  }
  CHECK(*Fast("x@foo@example.com") == Spans{"foo@example.com"});
  CHECK(*Fast("a@example.com.x") == Spans{"a@example.com"});
  CHECK(*Fast("+help@moz.com") == Spans{"help@moz.com"});
  CHECK(Fast("lodash@4.17.21")->empty());
}

TEST_CASE("email fast path: declines what only the regex reads", "[unit]") {
  const char* const kTexts[] = {
      "\"joe bloggs\"@example.com",
      // The quoted local part starts before another address.
      "say \"hi foo@example.com\"@x.com",
      "\xce\xb4\xce\xbf\xce\xba\xce\xb9\xce\xbc\xce\xae@example.com",
      "user@caf\xc3\xa9.com",
      "ok a@b.com then \xc3\xa9@x.com",
      "joe@[192.0.2.1]",
  };
  for (const char* text : kTexts) {
    CAPTURE(text);
    CHECK_FALSE(Fast(text).has_value());
  }
}

// Strings of pieces chosen to hit every choice the scanner makes: label
// and top-level-domain lengths, xn--, boundaries, quotes, non-ASCII, '['.
TEST_CASE("email fast path: agrees with the regex on random text", "[unit]") {
  const char* const kPieces[] = {
      "a",     "Z",      "x",   "n",    "0",    "9",    ".",     ".",
      "-",     "_",      "~",   "+",    "=",    "@",    "@",     " ",
      "\"",    "[",      "]",   "/",    "'",    "}",    "\xc3",  "\xa9",
      "\n",    "%",      "\t",  "1.2",  "com",  "org",  "ab",    "abc",
      "xn--",  "user@",  "a.b", "@ex.", "mail", ".com", ".io",   "@b.c",
      ".xn--", "@xn--a", "co.", "uk",   "_x",   ".de-", "@host", "Q.",
  };
  std::mt19937 random(20261206);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(1, 24);
  size_t decided = 0, with_spans = 0;
  constexpr int kTexts = 100000;
  for (int i = 0; i < kTexts; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += kPieces[piece(random)];
    std::optional<Spans> fast = Fast(text);
    if (!fast) continue;
    ++decided;
    with_spans += !fast->empty();
    Spans slow = Slow(text);
    if (*fast != slow) {
      FAIL_CHECK("text: '" << text << "'");
      CHECK(*fast == slow);
    }
  }
  // Most texts are decided, many with an address in them.
  CHECK(decided > kTexts / 2);
  CHECK(with_spans > kTexts / 20);
}

}  // namespace
}  // namespace logveil::confirm
