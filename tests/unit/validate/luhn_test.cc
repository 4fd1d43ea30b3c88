#include "validate/luhn.h"

#include <catch2/catch.hpp>

namespace logveil::validate {
namespace {

TEST_CASE("luhn: accepts numbers whose check digit is right", "[unit]") {
  CHECK(IsLuhnValid("4111111111111111"));
  CHECK(IsLuhnValid("5555555555554444"));
  CHECK(IsLuhnValid("378282246310005"));
  CHECK(IsLuhnValid("79927398713"));  // the ISO/IEC 7812-1 Annex B example
  CHECK(IsLuhnValid("0000000000000000"));
  CHECK(IsLuhnValid("00"));
  CHECK(IsLuhnValid("18"));
}

TEST_CASE("luhn: rejects a wrong check digit or a transposition", "[unit]") {
  CHECK_FALSE(IsLuhnValid("4111111111111112"));
  CHECK_FALSE(IsLuhnValid("79927398710"));
  CHECK_FALSE(IsLuhnValid("79927398731"));  // last two digits swapped
  CHECK_FALSE(IsLuhnValid("5398228707871528"));
}

TEST_CASE("luhn: skips spaces and dashes between digits", "[unit]") {
  CHECK(IsLuhnValid("4111 1111 1111 1111"));
  CHECK(IsLuhnValid("4111-1111-1111-1111"));
  CHECK(IsLuhnValid("3782 822463 10005"));
  CHECK_FALSE(IsLuhnValid("4111 1111 1111 1112"));
}

TEST_CASE("luhn: any other character, or fewer than 2 digits, fails",
          "[unit]") {
  CHECK_FALSE(IsLuhnValid(""));
  CHECK_FALSE(IsLuhnValid("0"));
  CHECK_FALSE(IsLuhnValid(" - "));
  CHECK_FALSE(IsLuhnValid("4111.1111.1111.1111"));
  CHECK_FALSE(IsLuhnValid("4111111111111111x"));
  CHECK_FALSE(IsLuhnValid("4111/1111/1111/1111"));
}

}  // namespace
}  // namespace logveil::validate
