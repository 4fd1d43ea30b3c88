#include "validate/vin.h"

#include <catch2/catch.hpp>

namespace logveil::validate {
namespace {

TEST_CASE("vin: the check digit of 49 CFR 565.15", "[unit]") {
  CHECK(HasValidVinCheckDigit("1M8GDM9AXKP042788"));  // the rule's example
  CHECK(HasValidVinCheckDigit("1HGCM82633A004352"));
  CHECK(HasValidVinCheckDigit("JH4KA7561PC008269"));
  CHECK_FALSE(HasValidVinCheckDigit("1M8GDM9A1KP042788"));
  CHECK_FALSE(HasValidVinCheckDigit("1HGCM82643A004352"));  // a typo
  CHECK_FALSE(HasValidVinCheckDigit("WVWZZZ1JZXW000001"));  // European
}

TEST_CASE("vin: the shape of ISO 3779", "[unit]") {
  CHECK(HasVinShape("1HGCM82633A004352"));
  CHECK(HasVinShape("WVWZZZ1JZXW000001"));
  CHECK_FALSE(HasVinShape("1HGCM82633A00435"));    // 16 characters
  CHECK_FALSE(HasVinShape("1HGCM82633A0043521"));  // 18
  CHECK_FALSE(HasVinShape("1HGCM82633I004352"));   // I, O and Q are no VIN
  CHECK_FALSE(HasVinShape("1HGCM82633O004352"));   // characters
  CHECK_FALSE(HasVinShape("1HGCM82633Q004352"));
  CHECK_FALSE(HasVinShape("1hgcm82633a004352"));
  CHECK_FALSE(HasVinShape("1HGCM82633A00435X"));  // serial not numeric
  CHECK_FALSE(HasVinShape("1HGCM-2633A004352"));
}

TEST_CASE("vin: ids and digests are no VIN", "[unit]") {
  CHECK_FALSE(HasVinShape("12345678901234567"));  // no letter
  CHECK_FALSE(HasVinShape("1234567890123456A"));
  CHECK_FALSE(HasVinShape("12345678901234AB7"));
  CHECK_FALSE(HasVinShape("3F2504E04F8911D30"));  // only hex letters
  CHECK_FALSE(HasVinShape("AB1234567890C1234"));  // still hex
  CHECK(HasVinShape("AB1234567890G1234"));
}

}  // namespace
}  // namespace logveil::validate
