#include "validate/iban.h"

#include <catch2/catch.hpp>

namespace logveil::validate {
namespace {

TEST_CASE("iban: registered lengths by country", "[unit]") {
  CHECK(IbanLengthForCountry("DE") == 22);
  CHECK(IbanLengthForCountry("GB") == 22);
  CHECK(IbanLengthForCountry("FR") == 27);
  CHECK(IbanLengthForCountry("NO") == 15);  // the shortest
  CHECK(IbanLengthForCountry("RU") == 33);  // the longest
  CHECK(IbanLengthForCountry("LC") == 32);
  CHECK(IbanLengthForCountry("CR") == 22);  // 21 in older registry releases
  CHECK(IbanLengthForCountry("YE") == 30);
}

TEST_CASE("iban: countries outside the registry that issue IBANs", "[unit]") {
  CHECK(IbanLengthForCountry("IR") == 26);  // Sheba numbers
  CHECK(IbanLengthForCountry("DZ") == 26);
  CHECK(IbanLengthForCountry("MA") == 28);
  CHECK(IbanLengthForCountry("MZ") == 25);
  CHECK(IbanLengthForCountry("SN") == 28);
  CHECK(IsIbanValid("IR200170000000339545727003"));
  CHECK(IsIbanValid("DZ580002100001113000000570"));
}

TEST_CASE("iban: countries without a registered format have length 0",
          "[unit]") {
  CHECK(IbanLengthForCountry("US") == 0);
  CHECK(IbanLengthForCountry("XX") == 0);
  CHECK(IbanLengthForCountry("CA") == 0);
  CHECK(IbanLengthForCountry("de") == 0);  // codes are upper case
  CHECK(IbanLengthForCountry("D") == 0);
  CHECK(IbanLengthForCountry("DEU") == 0);
  CHECK(IbanLengthForCountry("1E") == 0);
  CHECK(IbanLengthForCountry("") == 0);
}

TEST_CASE("iban: accepts registry examples, compact or grouped", "[unit]") {
  CHECK(IsIbanValid("DE89370400440532013000"));
  CHECK(IsIbanValid("DE89 3704 0044 0532 0130 00"));
  CHECK(IsIbanValid("GB82WEST12345698765432"));
  CHECK(IsIbanValid("NO9386011117947"));
  CHECK(IsIbanValid("MT84MALT011000012345MTLCAST001S"));
  CHECK(IsIbanValid("RU0304452522540817810538091310419"));
  CHECK(IsIbanValid("LC55HEMM000100010012001200023015"));
  CHECK(IsIbanValid("YE15CBYE0001018861234567891234"));
  CHECK(IsIbanValid("MU17BOMM0101101030300200000MUR"));
}

TEST_CASE("iban: letters may be lower case and spaces anywhere", "[unit]") {
  CHECK(IsIbanValid("de89370400440532013000"));
  CHECK(IsIbanValid("gb82 west 1234 5698 7654 32"));
  CHECK(IsIbanValid("DE 89 370400440532013000"));
}

TEST_CASE("iban: lower case where the registry allows either case", "[unit]") {
  // MC: 10n 11c 2n, and the 'c' field may hold lower-case letters.
  CHECK(IsIbanValid("MC1112739000700011111000h79"));
  // LV and KW want four upper-case letters for the bank.
  CHECK_FALSE(IsIbanValid("LV80bANK0000435195001"));
  CHECK_FALSE(IsIbanValid("KW81aBKU0000000000001234560101"));
  CHECK(IsIbanValid("LV80BANK0000435195001"));
}

TEST_CASE("iban: rejects a wrong check", "[unit]") {
  CHECK_FALSE(IsIbanValid("DE89370400440532013001"));
  CHECK_FALSE(IsIbanValid("DE88370400440532013000"));
  CHECK_FALSE(IsIbanValid("GB82WEST12345698765423"));
}

TEST_CASE("iban: check digits 00, 01 and 99 never occur", "[unit]") {
  // Each pair passes mod 97 (01 = 98, 99 = 02, 00 = 97 mod 97), but ISO
  // 13616 only issues check digits 02..98.
  CHECK(IsIbanValid("DE98370400440500000025"));
  CHECK_FALSE(IsIbanValid("DE01370400440500000025"));
  CHECK(IsIbanValid("DE02370400440500000007"));
  CHECK_FALSE(IsIbanValid("DE99370400440500000007"));
  CHECK(IsIbanValid("DE97370400440500000043"));
  CHECK_FALSE(IsIbanValid("DE00370400440500000043"));
}

TEST_CASE("iban: rejects a length that is not the country's", "[unit]") {
  CHECK_FALSE(IsIbanValid("DE8937040044053201300"));
  CHECK_FALSE(IsIbanValid("DE893704004405320130000"));
  CHECK_FALSE(IsIbanValid("BE6853900754703"));
  CHECK_FALSE(IsIbanValid("QQ9312345678"));
  CHECK_FALSE(IsIbanValid("IR2001700000003395457270030"));
}

TEST_CASE("iban: the BBAN must follow the country's registry format",
          "[unit]") {
  // All pass mod 97 and have the right length; the bank code is wrong.
  CHECK_FALSE(IsIbanValid("GI22NW3K000000007099453"));  // GI: 4 letters
  CHECK_FALSE(IsIbanValid("NL5630030A17164300"));       // NL: 4 letters
  CHECK_FALSE(IsIbanValid("BG93BNBG96611A20345678"));   // BG: 4a 6n 8c
  CHECK_FALSE(IsIbanValid("VG46H07Y0223060094359858"));
  CHECK_FALSE(IsIbanValid("IE95TE8270900834048660"));
  CHECK_FALSE(IsIbanValid("PS072435171802145240705922007"));
}

TEST_CASE("iban: rejects other characters and malformed prefixes", "[unit]") {
  CHECK_FALSE(IsIbanValid(""));
  CHECK_FALSE(IsIbanValid("DE89"));
  CHECK_FALSE(IsIbanValid("DE89-3704-0044-0532-0130-00"));
  CHECK_FALSE(IsIbanValid("DE89\n370400440532013000"));
  CHECK_FALSE(IsIbanValid("DEX9370400440532013000"));
  CHECK_FALSE(IsIbanValid("1E89370400440532013000"));
  CHECK_FALSE(IsIbanValid("DE89370400440532013000DE89370400440532013000"));
}

}  // namespace
}  // namespace logveil::validate
