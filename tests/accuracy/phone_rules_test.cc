// validate::IsValidPhoneNumber compiles libphonenumber's metadata into RE2
// instead of calling IsValidNumber (ICU regexes, ~10x slower). These tests
// hold it to libphonenumber's own answers on every example number of every
// region and type, and on near misses made from them.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "accuracy/reference_phone.h"
#include "validate/phone_number.h"

namespace logveil::accuracy {
namespace {

// The number itself, each digit changed (by 1 and by 5), one digit fewer
// and one more, a trunk prefix or carrier code put in: the valid and the
// nearly valid.
std::vector<std::string> NearMisses(const std::string& e164) {
  std::vector<std::string> out = {e164, e164.substr(0, e164.size() - 1),
                                  e164 + "7"};
  // After a 1-3 digit country code: trunk prefixes ("+44 0 20..."), and
  // the prefixes that Argentina ("0 11 15") and Brazil ("0 15", "90")
  // rewrite rather than strip.
  for (size_t at = 2; at <= 4; ++at) {
    for (const char* trunk :
         {"0", "1", "8", "01", "9", "90", "015", "011", "01115", "15"}) {
      out.push_back(e164.substr(0, at) + trunk + e164.substr(at));
    }
  }
  for (size_t i = 1; i < e164.size(); ++i) {
    for (int step : {1, 5}) {
      std::string changed = e164;
      changed[i] = static_cast<char>('0' + (changed[i] - '0' + step) % 10);
      out.push_back(changed);
    }
  }
  return out;
}

// How logveil's check and libphonenumber's answer every near miss of every
// example number ("+<digits>", no region).
struct Comparison {
  size_t accepted = 0;  // by libphonenumber
  size_t rejected = 0;
  std::vector<std::string> disagreements;  // libphonenumber's examples
};

template <class Ours, class Reference>
Comparison CompareOnExamples(Ours ours, Reference reference) {
  Comparison result;
  for (const std::string& example : ReferenceExampleNumbers()) {
    for (const std::string& number : NearMisses(example)) {
      bool expected = reference(number, "ZZ");
      ++(expected ? result.accepted : result.rejected);
      if (ours(number, "") != expected) result.disagreements.push_back(number);
    }
  }
  return result;
}

TEST_CASE("phone validation agrees with libphonenumber on example numbers",
          "[accuracy]") {
  REQUIRE(ReferenceExampleNumbers().size() > 1000);
  Comparison result =
      CompareOnExamples(validate::IsValidPhoneNumber, IsReferenceValidPhone);
  CHECK(result.accepted > 1000);
  CHECK(result.disagreements == std::vector<std::string>{});
}

TEST_CASE("possible lengths agree with libphonenumber on example numbers",
          "[accuracy]") {
  // IsPossiblePhoneNumber reads the lengths from the metadata too.
  Comparison result = CompareOnExamples(validate::IsPossiblePhoneNumber,
                                        IsReferencePossiblePhone);
  CHECK(result.accepted > 1000);
  CHECK(result.rejected > 1000);
  CHECK(result.disagreements == std::vector<std::string>{});
}

TEST_CASE("known phone regions agree with libphonenumber", "[accuracy]") {
  std::vector<std::string> disagreements;
  size_t known = 0;
  for (char first = 'A'; first <= 'Z'; ++first) {
    for (char second = 'A'; second <= 'Z'; ++second) {
      const std::string region = {first, second};
      bool expected = IsReferenceKnownRegion(region);
      known += expected;
      if (validate::IsKnownPhoneRegion(region) != expected) {
        disagreements.push_back(region);
      }
    }
  }
  CHECK(known > 200);
  CHECK(disagreements == std::vector<std::string>{});
  CHECK_FALSE(validate::IsKnownPhoneRegion("001"));
}

TEST_CASE(
    "libphonenumber lists the main region of a code first and the rest by name",
    "[accuracy]") {
  // validate/phone_number.cc rebuilds that order from the metadata.
  CHECK(CodesListedInAnotherOrder() == std::vector<int>{});
}

TEST_CASE("ten-digit NANP numbers agree with libphonenumber", "[accuracy]") {
  // National numbers of NANP regions skip Parse; judge them in two regions.
  std::vector<std::string> disagreements;
  for (const std::string& example : ReferenceExampleNumbers()) {
    if (example.rfind("+1", 0) != 0) continue;
    for (const std::string& number : NearMisses(example)) {
      for (const char* region : {"US", "JM"}) {
        const std::string national = number.substr(2);
        if (validate::IsValidPhoneNumber(national, region) !=
            IsReferenceValidPhone(national, region)) {
          disagreements.push_back(national + " in " + region);
        }
      }
    }
  }
  CHECK(disagreements == std::vector<std::string>{});
}

TEST_CASE("national phone validation agrees with libphonenumber",
          "[accuracy]") {
  // National forms go through Parse (trunk prefixes), then the same rules.
  for (const char* number :
       {"(415) 555-0132", "415 555 0132", "1 415 555 0132", "020 7946 0958",
        "030 901820", "06 12 34 56 78", "0612345678", "555 0132", "911",
        "(202) 456-1111", "212 555 1234", "0800 123 4567", "4155550132",
        "9829814854", "2024561111", "8005550199", "1234567890", "0123456789",
        "6135550123"}) {
    for (const char* region : {"US", "CA", "GB", "DE", "FR"}) {
      INFO(number << " in " << region);
      CHECK(validate::IsValidPhoneNumber(number, region) ==
            IsReferenceValidPhone(number, region));
    }
  }
}

}  // namespace
}  // namespace logveil::accuracy
