#include "validate/phone_number.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

namespace logveil::validate {
namespace {

TEST_CASE("phone_number: '+' numbers are judged by their country code",
          "[unit]") {
  CHECK(IsValidPhoneNumber("+14155550132", "US"));
  CHECK(IsValidPhoneNumber("+14155550132", "DE"));
  CHECK(IsValidPhoneNumber("+14155550132", ""));
  CHECK(IsValidPhoneNumber("+4930123456", "ZZ"));
  CHECK(IsValidPhoneNumber("+44 20 7123 4567", "US"));
  CHECK(IsValidPhoneNumber("+1 (650) 333-6000", "US"));
  CHECK_FALSE(IsValidPhoneNumber("+14151550132", "US"));  // exchange 1xx
  CHECK_FALSE(IsValidPhoneNumber("+12345", "US"));
  CHECK_FALSE(IsValidPhoneNumber("+9991234567", "US"));  // no such code
}

TEST_CASE("phone_number: 00 and tel: are read as '+'", "[unit]") {
  CHECK(IsValidPhoneNumber("0049301234567", "US"));
  CHECK(IsValidPhoneNumber("00 44 20 7123 4567", "ZZ"));
  CHECK(IsValidPhoneNumber("tel:+4930123456", "US"));
  CHECK(IsValidPhoneNumber("TEL:+14155550132", ""));
  CHECK_FALSE(IsValidPhoneNumber("tel:", "US"));
  CHECK_FALSE(IsValidPhoneNumber("00", "US"));
}

TEST_CASE("phone_number: a '(0)' trunk prefix after the country code",
          "[unit]") {
  CHECK(IsValidPhoneNumber("+46 (0)8 928 571 38", ""));
  CHECK(IsValidPhoneNumber("+46089285713", ""));
}

TEST_CASE("phone_number: national numbers need their region", "[unit]") {
  CHECK(IsValidPhoneNumber("4155550132", "US"));
  CHECK(IsValidPhoneNumber("(415) 555-0132", "US"));
  CHECK(IsValidPhoneNumber("14155550132", "US"));  // national prefix 1
  CHECK(IsValidPhoneNumber("030 1234567", "DE"));
  CHECK(IsValidPhoneNumber("0171 1234567", "de"));  // region in any case
  CHECK_FALSE(IsValidPhoneNumber("4155550132", ""));
  CHECK_FALSE(IsValidPhoneNumber("4155550132", "ZZ"));
  CHECK_FALSE(IsValidPhoneNumber("4155550132", "XX"));
  CHECK_FALSE(IsValidPhoneNumber("4155550132", "USA"));
  CHECK_FALSE(IsValidPhoneNumber("1117838570", "US"));  // area code 111
  CHECK_FALSE(IsValidPhoneNumber("415555013", "US"));   // 9 digits
}

TEST_CASE("phone_number: rejects garbage without throwing", "[unit]") {
  CHECK_FALSE(IsValidPhoneNumber("", "US"));
  CHECK_FALSE(IsValidPhoneNumber("+", "US"));
  CHECK_FALSE(IsValidPhoneNumber("hello", "US"));
  CHECK_FALSE(IsValidPhoneNumber(std::string(300, '5'), "US"));
  CHECK_FALSE(IsValidPhoneNumber(std::string("+1415\0"
                                             "5550132",
                                             12),
                                 "US"));
  CHECK_FALSE(IsValidPhoneNumber("\xff\xfe+14155550132", "\xff\xfe"));
}

TEST_CASE("phone_number: known regions", "[unit]") {
  CHECK(IsKnownPhoneRegion("US"));
  CHECK(IsKnownPhoneRegion("de"));
  CHECK(IsKnownPhoneRegion("GB"));
  CHECK_FALSE(IsKnownPhoneRegion("ZZ"));
  CHECK_FALSE(IsKnownPhoneRegion("XX"));
  CHECK_FALSE(IsKnownPhoneRegion("UK"));  // ISO 3166 says GB
  CHECK_FALSE(IsKnownPhoneRegion(""));
  CHECK_FALSE(IsKnownPhoneRegion("USA"));
  CHECK_FALSE(IsKnownPhoneRegion("1"));
}

TEST_CASE("phone_number: E.164 digits with or without the plus", "[unit]") {
  CHECK(IsValidE164Number("16315551181"));  // a WhatsApp id
  CHECK(IsValidE164Number("+16315551181"));
  CHECK(IsValidE164Number("447911123456"));
  CHECK_FALSE(IsValidE164Number("1699999999"));     // epoch seconds
  CHECK_FALSE(IsValidE164Number("1699999999000"));  // epoch milliseconds
  CHECK_FALSE(IsValidE164Number("20231231"));       // a date
  CHECK_FALSE(IsValidE164Number("016315551181"));   // no country code 0
  CHECK_FALSE(IsValidE164Number("++16315551181"));
  CHECK_FALSE(IsValidE164Number("1631555118a"));
  CHECK_FALSE(IsValidE164Number("1631555118112345"));  // 16 digits
  CHECK_FALSE(IsValidE164Number(""));
  CHECK_FALSE(IsValidE164Number("+"));
}

TEST_CASE("phone_number: safe to call from several threads", "[unit]") {
  std::vector<std::thread> threads;
  std::vector<int> valid(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &valid] {
      for (int i = 0; i < 200; ++i) {
        valid[t] += IsValidPhoneNumber("+14155550132", "") ? 1 : 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(valid == std::vector<int>(4, 200));
}

}  // namespace
}  // namespace logveil::validate
