#include "confirm/iban.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Spans;
using testing::Values;

Values Find(std::string_view text) {
  return testing::FoundValues(&FindIbans, text);
}

Spans FindSpans(std::string_view text) {
  return testing::FoundSpans(&FindIbans, text);
}

bool IsFound(std::string_view iban) {
  return Find(iban) == Values{std::string(iban)};
}

TEST_CASE("iban finder: reports the exact span of each IBAN", "[unit]") {
  CHECK(FindSpans("to DE89370400440532013000 today") == Spans{{3, 25}});
  CHECK(FindSpans("GB82 WEST 1234 5698 7654 32") == Spans{{0, 27}});
  CHECK(FindSpans("list of ibans: AL47212110090000000235698741, "
                  "AL47212110090000000235698741") == Spans{{15, 43}, {45, 73}});
}

TEST_CASE("iban finder: compact and grouped forms of many countries",
          "[unit]") {
  CHECK(IsFound("DE89370400440532013000"));
  CHECK(IsFound("DE89 3704 0044 0532 0130 00"));
  CHECK(IsFound("NO9386011117947"));
  CHECK(IsFound("NO93 8601 1117 947"));
  CHECK(IsFound("BE71 0961 2345 6769"));
  CHECK(IsFound("FR14 2004 1010 0505 0001 3M02 606"));
  CHECK(IsFound("MT84 MALT 0110 0001 2345 MTLC AST0 01S"));
  CHECK(IsFound("SC18SSCB11010000000000001497USD"));
  CHECK(IsFound("LC55 HEMM 0001 0001 0012 0012 0002 3015"));
  CHECK(IsFound("RU0304452522540817810538091310419"));
  CHECK(IsFound("KZ86 125K ZT50 0410 0100"));
  CHECK(IsFound("PS92PALS00000000040012345670O"));
}

TEST_CASE("iban finder: groups of four joined by dashes", "[unit]") {
  CHECK(Find("Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741") ==
        Values{"AL47-2121-1009-0000-0002-3569-8741"});
  CHECK(IsFound("DE89-3704-0044-0532-0130-00"));
}

TEST_CASE("iban finder: lower case only when written without spaces",
          "[unit]") {
  CHECK(Find("my iban is gb42nawi04454264788619") ==
        Values{"gb42nawi04454264788619"});
  CHECK(IsFound("de89370400440532013000"));
  CHECK(Find("de89 3704 0044 0532 0130 00").empty());
  CHECK(Find("no 02 15037577003").empty());           // valid as "NO 02 ..."
  CHECK(Find("LV80 bANK 0000 4351 9500 1").empty());  // mixed case
  CHECK(Find("KW81 aBKU 0000 0000 0000 1234 5601 01").empty());
  CHECK(Find("De89370400440532013000").empty());
}

TEST_CASE("iban finder: a new word may follow a complete IBAN", "[unit]") {
  CHECK(Find("this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence") ==
        Values{"VG96 VPVG 0000 0123 4567 8901"});
  CHECK(Find("AL47212110090000000235698741 ALL CAPS") ==
        Values{"AL47212110090000000235698741"});
  CHECK(Find("ES91 2100 0418 4502 0005 1332 1234") ==
        Values{"ES91 2100 0418 4502 0005 1332"});
}

TEST_CASE("iban finder: punctuation around the IBAN is not part of it",
          "[unit]") {
  CHECK(Find("{\"iban\":\"DE89370400440532013000\"}") ==
        Values{"DE89370400440532013000"});
  CHECK(Find("iban=DE89370400440532013000&amount=5") ==
        Values{"DE89370400440532013000"});
  CHECK(Find("(DE89 3704 0044 0532 0130 00).") ==
        Values{"DE89 3704 0044 0532 0130 00"});
  CHECK(Find("/accounts/DE89370400440532013000/") ==
        Values{"DE89370400440532013000"});
  CHECK(Find("FR7630006000011234567890189@") ==
        Values{"FR7630006000011234567890189"});
}

TEST_CASE("iban finder: rejects a wrong check", "[unit]") {
  CHECK(Find("DE89370400440532013001").empty());
  CHECK(Find("CY17 0020 0128 0000 0012 0052 7601 failed").empty());
  CHECK(Find("AL47 2121 1009 0000 0002 3569 8740").empty());
  CHECK(Find("DE01370400440500000025").empty());  // check digits 01
}

TEST_CASE("iban finder: rejects a length that is not the country's", "[unit]") {
  CHECK(Find("DK50 0040 0440 1162 4").empty());
  CHECK(Find("BG80BNBG9661102034567").empty());
  CHECK(Find("DE893704004405320130001").empty());
  CHECK(Find("IL15 0120 6900 0000 3111 0120 6900 0000 3111 141").empty());
  CHECK(Find("DO28 BAGR 0000 0001 2124 5361 132").empty());
}

TEST_CASE("iban finder: unknown countries and broken formats", "[unit]") {
  CHECK(Find("XX22YYY1234567890123").empty());
  CHECK(Find("QQ93 1234 5678").empty());
  CHECK(Find("GI22 NW3K 0000 0000 7099 453").empty());  // bank code letters
  CHECK(Find("NL91 1BNA 0417 1643 00").empty());
  CHECK(Find("AD12000A2030200359100100").empty());
}

TEST_CASE("iban finder: countries outside the registry", "[unit]") {
  CHECK(IsFound("IR200170000000339545727003"));
  CHECK(IsFound("MA64011519000001205000534921"));
  CHECK(IsFound("DZ58 0002 1000 0111 3000 0005 70"));
}

TEST_CASE("iban finder: national groupings", "[unit]") {
  CHECK(IsFound("NO 02 15037577003"));
  CHECK(IsFound("NO 0560110516994"));
  CHECK(IsFound("NO 21 650 405 251 19"));
  CHECK(IsFound("NO 19 4920 06 96270"));
  CHECK(IsFound("ES 58 0049 0290 3424 1352 8341"));
  CHECK(IsFound("ES10 0075 0080 11 0600658108"));
  CHECK(IsFound("MK072 5012 0000 0589 84"));
  CHECK(IsFound("TL 38 008 00123456789101 57"));
  CHECK(IsFound("DE 89 3704 0044 0532 0130 00"));
  CHECK(IsFound("DE89 370400440532013000"));
  CHECK(Find("iban: NO 02 15037577003, ok") == Values{"NO 02 15037577003"});
}

TEST_CASE("iban finder: dots and dashes after the spaces", "[unit]") {
  CHECK(IsFound("NO07.8380.08.06006"));
  CHECK(IsFound("NO 44 1850.05.14562"));
  CHECK(IsFound("ES72 2013-0692-81-0201150993"));
  CHECK(IsFound("DE89.3704.0044.0532.0130.00"));
}

TEST_CASE("iban finder: lower case inside the BBAN where the registry allows",
          "[unit]") {
  CHECK(IsFound("MC11 1273 9000 7000 1111 1000 h79"));
  CHECK(IsFound("MC1112739000700011111000h79"));
}

TEST_CASE("iban finder: other groupings are no IBAN", "[unit]") {
  CHECK(Find("Slash as iban separator: AL47/2121/1009/0000/0002/3569/8741")
            .empty());
  CHECK(Find("G T82 TRAJ 0102 0000 0012 1002 9690").empty());
  CHECK(Find("EE38 2200 2210  014 5686").empty());
  CHECK(Find("DE89  3704 0044 0532 0130 00").empty());
  CHECK(Find("DE89 3704-0044 0532 0130 00").empty());
  CHECK(Find("DE89.3704 0044 0532 0130 00").empty());
  CHECK(Find("DE893 7040 0440 5320 1300 0").empty());
  CHECK(Find("HR12 001 0051 8630 0016 A").empty());
  // Single characters and runs of pairs are lists, not account numbers.
  CHECK(Find("DE 89 3 704 0044 0532 0130 00").empty());
  CHECK(Find("DE 89 37 04 00 44 05 32 01 30 00").empty());
  CHECK(Find("NO 0 2 15037577003").empty());
}

TEST_CASE("iban finder: an IBAN glued to a word is no IBAN", "[unit]") {
  CHECK(Find("xDE89370400440532013000").empty());
  CHECK(Find("1DE89370400440532013000").empty());
  CHECK(Find("iban_DE89370400440532013000").empty());
  CHECK(Find("DE89370400440532013000X").empty());
  CHECK(Find("DE89370400440532013000_").empty());
  CHECK(Find("DE89 3704 0044 0532 0130 00X").empty());
}

TEST_CASE("iban finder: a finding never crosses a newline", "[unit]") {
  CHECK(Find("DE89 3704 0044\n0532 0130 00").empty());
  CHECK(Find("DE89370400\n440532013000").empty());
  CHECK(Find("DE89370400440532013000\nGB82WEST12345698765432") ==
        Values{"DE89370400440532013000", "GB82WEST12345698765432"});
}

TEST_CASE("iban finder: appends to the caller's vector", "[unit]") {
  std::vector<ByteRange> ranges = {{0, 1}};
  FindIbans("x NO9386011117947", FindOptions{}, ranges);
  CHECK(ranges == std::vector<ByteRange>{{0, 1}, {2, 17}});
}

TEST_CASE("iban finder: short and odd inputs are safe", "[unit]") {
  CHECK(Find("").empty());
  CHECK(Find("DE8").empty());
  CHECK(Find("DE89").empty());
  CHECK(Find("DE89 ").empty());
  CHECK(Find("DE89-").empty());
  std::string text("\0DE89370400440532013000\0", 24);
  CHECK(Find(text) == Values{"DE89370400440532013000"});
}

}  // namespace
}  // namespace logveil::confirm
