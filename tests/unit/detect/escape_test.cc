#include "detect/escape.h"

#include <catch2/catch.hpp>

namespace logveil::detect {
namespace {

std::string Decoded(Encoding encoding, std::string_view raw) {
  std::string out;
  AppendDecoded(encoding, raw, out);
  return out;
}

// The escape at the start of `text`, as "<decoded>/<raw size>", or "none".
std::string EscapeAt(Encoding encoding, std::string_view text) {
  Escape escape;
  if (!ParseEscape(encoding, text, 0, escape)) return "none";
  return std::string(escape.decoded()) + "/" + std::to_string(escape.raw_size);
}

TEST_CASE("escape: percent-encoding, one or two layers", "[unit]") {
  CHECK(EscapeAt(Encoding::kPercent, "%40example") == "@/3");
  CHECK(EscapeAt(Encoding::kPercent, "%2b971") == "+/3");
  CHECK(EscapeAt(Encoding::kPercent, "%2540x") == "@/5");
  CHECK(EscapeAt(Encoding::kPercent, "%25zz") == "%/3");
  // A second layer only for punctuation: "%2510" is a '%' then "10" (an
  // IPv6 zone in a URL), not a control byte; letters are never escaped.
  CHECK(EscapeAt(Encoding::kPercent, "%2510") == "%/3");
  CHECK(EscapeAt(Encoding::kPercent, "%2541") == "%/3");
  CHECK(Decoded(Encoding::kPercent, "john%40example.com") ==
        "john@example.com");
  CHECK(Decoded(Encoding::kPercent, "%2B971%2050%20123") == "+971 50 123");
}

TEST_CASE("escape: bytes above 0x7F only inside escaped UTF-8", "[unit]") {
  CHECK(Decoded(Encoding::kPercent, "%C3%A9lise") == "\xC3\xA9lise");
  CHECK(Decoded(Encoding::kPercent, "%E2%82%AC5") ==
        "\xE2\x82\xAC"
        "5");
  // A Windows variable, a lone lead or continuation, a short sequence.
  CHECK(Decoded(Encoding::kPercent, "%DB_PASS%") == "%DB_PASS%");
  CHECK(Decoded(Encoding::kPercent, "%A9x") == "%A9x");
  CHECK(Decoded(Encoding::kPercent, "%41%A9") == "A%A9");
  CHECK(Decoded(Encoding::kPercent, "%E2%82x") == "%E2%82x");
  CHECK(Decoded(Encoding::kPercent, "%C0%80") == "%C0%80");  // overlong
}

TEST_CASE("escape: '+' is a space only in form data", "[unit]") {
  CHECK(Decoded(Encoding::kForm, "hello+world%2B1") == "hello world+1");
  CHECK(Decoded(Encoding::kPercent, "hello+world%2B1") == "hello+world+1");
}

TEST_CASE("escape: HTML character references", "[unit]") {
  CHECK(EscapeAt(Encoding::kHtml, "&#64;") == "@/5");
  CHECK(EscapeAt(Encoding::kHtml, "&#x40;") == "@/6");
  CHECK(EscapeAt(Encoding::kHtml, "&#X40;") == "@/6");
  CHECK(EscapeAt(Encoding::kHtml, "&#0000064;") == "@/10");
  CHECK(EscapeAt(Encoding::kHtml, "&commat;") == "@/8");
  CHECK(EscapeAt(Encoding::kHtml, "&amp;") == "&/5");
  CHECK(EscapeAt(Encoding::kHtml, "&AMP;") == "&/5");
  CHECK(EscapeAt(Encoding::kHtml, "&amp;#64;") == "@/9");
  CHECK(EscapeAt(Encoding::kHtml, "&amp;commat;") == "@/12");
  CHECK(EscapeAt(Encoding::kHtml, "&amp;#65;") == "&/5");
  CHECK(EscapeAt(Encoding::kHtml, "&nbsp;") == " /6");
  CHECK(EscapeAt(Encoding::kHtml, "&#160;") == " /6");
  CHECK(EscapeAt(Encoding::kHtml, "&#233;") == "\xc3\xa9/6");
  CHECK(EscapeAt(Encoding::kHtml, "&#x1F600;") == "\xf0\x9f\x98\x80/9");
  CHECK(Decoded(Encoding::kHtml, "&lt;john&#64;example&period;com&gt;") ==
        "<john@example.com>");
}

TEST_CASE("escape: JSON string escapes in text", "[unit]") {
  CHECK(EscapeAt(Encoding::kJson, "\\u0040") == "@/6");
  CHECK(EscapeAt(Encoding::kJson, "\\\"") == "\"/2");
  CHECK(EscapeAt(Encoding::kJson, "\\\\") == "\\/2");
  CHECK(EscapeAt(Encoding::kJson, "\\/") == "//2");
  CHECK(EscapeAt(Encoding::kJson, "\\n") == "\n/2");
  CHECK(EscapeAt(Encoding::kJson, "\\ud83d\\ude00") == "\xf0\x9f\x98\x80/12");
  CHECK(EscapeAt(Encoding::kJson, "\\\\u0040") == "@/7");
  CHECK(EscapeAt(Encoding::kJson, "\\\\u0041") == "\\/2");
  CHECK(Decoded(Encoding::kJson, "{\\\"e\\\":\\\"a\\u0040b.com\\\"}") ==
        "{\"e\":\"a@b.com\"}");
}

TEST_CASE("escape: malformed escapes stay literal bytes", "[unit]") {
  for (std::string_view raw : {"%", "%4", "%zz", "%4g", "%%41"}) {
    INFO(raw);
    CHECK(EscapeAt(Encoding::kPercent, raw) == "none");
  }
  CHECK(Decoded(Encoding::kPercent, "%%41%4") == "%A%4");
  for (std::string_view raw :
       {"&", "&#", "&#;", "&#64", "&#99999999;", "&#x110000;", "&#0;",
        "&#xD800;", "&foo;", "&commat", "&amp", "&Amp;"}) {
    INFO(raw);
    CHECK(EscapeAt(Encoding::kHtml, raw) == "none");
  }
  CHECK(EscapeAt(Encoding::kHtml, "&amp;#0;") == "&/5");
  for (std::string_view raw :
       {"\\", "\\u", "\\u004", "\\uzzzz", "\\ud800", "\\ud800\\u0041",
        "\\udc00", "\\u0000", "\\b", "\\f", "\\x41", "\\'"}) {
    INFO(raw);
    CHECK(EscapeAt(Encoding::kJson, raw) == "none");
  }
  CHECK(EscapeAt(Encoding::kJson, "\\\\ud800") == "\\/2");
  CHECK(Decoded(Encoding::kJson, "C:\\bin\\u12") == "C:\\bin\\u12");
}

TEST_CASE("escape: no encoding decodes nothing", "[unit]") {
  CHECK(Decoded(Encoding::kNone, "a%40b&#64;\\u0040") == "a%40b&#64;\\u0040");
}

}  // namespace
}  // namespace logveil::detect
