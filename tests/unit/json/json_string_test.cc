#include "json/json_string.h"

#include <catch2/catch.hpp>

namespace logveil::json {
namespace {

std::string Decoded(std::string_view raw) {
  std::string out;
  REQUIRE(Unescape(raw, out));
  return out;
}

TEST_CASE("unescape decodes simple escapes", "[unit][json]") {
  CHECK(Decoded(R"(plain)") == "plain");
  CHECK(Decoded(R"(a\"b\\c\/d)") == "a\"b\\c/d");
  CHECK(Decoded(R"(\b\f\n\r\t)") == "\b\f\n\r\t");
}

TEST_CASE("unescape decodes u-escapes and surrogate pairs to UTF-8",
          "[unit][json]") {
  CHECK(Decoded(R"(bob\u0040example.com)") == "bob@example.com");
  CHECK(Decoded(R"(\u00e9\u20ac)") == "\xC3\xA9\xE2\x82\xAC");  // é €
  CHECK(Decoded(R"(\ud83d\ude00)") == "\xF0\x9F\x98\x80");      // 😀
  CHECK(Decoded(R"(\uD83D\uDE00)") == "\xF0\x9F\x98\x80");
  // Lone surrogates are not characters: each becomes U+FFFD.
  CHECK(Decoded(R"(a\ud83db)") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(Decoded(R"(\ude00)") == "\xEF\xBF\xBD");
  CHECK(Decoded(R"(\ud83d\u0041)") ==
        "\xEF\xBF\xBD"
        "A");
}

TEST_CASE("malformed escapes are rejected", "[unit][json]") {
  std::string out;
  for (std::string_view raw :
       {R"(\x41)", R"(\u12)", R"(\u12G4)", R"(end\)", R"(\U0041)"}) {
    INFO(raw);
    CHECK_FALSE(Unescape(raw, out));
    CHECK_FALSE(HasValidEscapes(raw));
  }
  CHECK(HasValidEscapes(R"(a\n\u0041\"\\)"));
  CHECK(HasValidEscapes("no escapes"));
}

TEST_CASE("offsets map decoded ranges back to whole raw escapes",
          "[unit][json]") {
  std::string_view raw = R"(x\u0040y \u00e9z)";
  std::string decoded;
  std::vector<uint32_t> offsets;
  REQUIRE(Unescape(raw, decoded, &offsets));
  REQUIRE(decoded == "x@y \xC3\xA9z");
  REQUIRE(offsets.size() == decoded.size() + 1);
  // "x@y" is decoded [0,3), raw [0,8).
  CHECK(RawRange({0, 3}, offsets.data()) == ByteRange{0, 8});
  CHECK(RawRange({1, 2}, offsets.data()) == ByteRange{1, 7});
  // An end inside the two bytes of é widens to the whole \u00e9.
  CHECK(RawRange({4, 5}, offsets.data()) == ByteRange{9, 15});
  CHECK(RawRange({6, 7}, offsets.data()) == ByteRange{15, 16});
}

TEST_CASE("escaping makes any text a valid string body", "[unit][json]") {
  std::string out;
  AppendEscaped("a\"b\\c\n\t\x01 \xC3\xA9/", out);
  CHECK(out == R"(a\"b\\c\n\t\u0001 )"
               "\xC3\xA9/");
  std::string round_trip;
  REQUIRE(Unescape(out, round_trip));
  CHECK(round_trip == "a\"b\\c\n\t\x01 \xC3\xA9/");
}

TEST_CASE("number grammar", "[unit][json]") {
  for (std::string_view good : {"0", "-0", "12", "-12.5", "1e9", "1E+9",
                                "2.5e-3", "4111111111111111"}) {
    INFO(good);
    CHECK(IsJsonNumber(good));
  }
  for (std::string_view bad :
       {"", "-", "01", "1.", ".5", "1e", "+1", "0x1F", "1.2.3", "NaN", "1 "}) {
    INFO(bad);
    CHECK_FALSE(IsJsonNumber(bad));
  }
  CHECK(IsJsonInteger("-4111111111111111"));
  CHECK_FALSE(IsJsonInteger("1.5"));
  CHECK_FALSE(IsJsonInteger("-"));
}

}  // namespace
}  // namespace logveil::json
