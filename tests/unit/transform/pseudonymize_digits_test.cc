// Pseudonyms of digit strings (phone and card numbers): same length and
// grouping, kept parts kept, the permutation never merges two values.
#include <catch2/catch.hpp>
#include <set>

#include "pseudonym_test_support.h"
#include "transform/pseudonymize.h"
#include "validate/luhn.h"
#include "validate/phone_number.h"

namespace logveil::transform {
namespace {

using testing::Pseudonym;
using testing::TestAction;
using testing::WholeFindingLabel;

// The digits of `text`.
std::string Digits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

// `text` with every digit replaced by '#': the layout of a number.
std::string Layout(std::string_view text) {
  std::string layout(text);
  for (char& c : layout) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return layout;
}

TEST_CASE("phone pseudonyms keep layout, country code, first digit", "[unit]") {
  auto action = TestAction();
  struct Case {
    const char* value;
    size_t kept;  // leading bytes that stay
  };
  for (auto [value, kept] :
       {Case{"+1 415 555 0132", 4}, Case{"+4930123456", 4},
        Case{"tel:+4930123456", 8}, Case{"+41 (0)62 585 51 90", 8},
        Case{"0049 30 1234567", 6}, Case{"%2B14155550123", 5},
        Case{"(415) 555-0132", 2}, Case{"030 1234567", 2},
        Case{"1-650-333-6000", 3}, Case{"(800) 901-3355 ext. 7246433", 2}}) {
    std::string p = Pseudonym(action, "PHONE", value);
    INFO(value << " -> " << p);
    CHECK(Layout(p) == Layout(value));
    CHECK(p.substr(0, kept) == std::string_view(value).substr(0, kept));
    CHECK(p != value);
  }
}

TEST_CASE("phone pseudonyms are valid numbers again", "[unit]") {
  auto action = TestAction();
  action.phone_regions = {"US", "DE"};
  for (const char* value :
       {"+1 415 555 0132", "+44 20 7946 0958", "+4930123456",
        "+41 (0)62 585 51 90", "(415) 555-0132", "030 1234567",
        "+33 1 42 68 53 00", "+81 3-1234-5678", "+61 2 9374 4000"}) {
    std::string p = Pseudonym(action, "PHONE", value);
    INFO(value << " -> " << p);
    std::string number = p;
    if (number.find("(0)") != std::string::npos) {
      number.erase(number.find("(0)"), 3);
    }
    CHECK((validate::IsValidPhoneNumber(number, "US") ||
           validate::IsValidPhoneNumber(number, "DE")));
  }
}

TEST_CASE("a phone number written two ways gets the same digits", "[unit]") {
  auto action = TestAction();
  std::string plus = Pseudonym(action, "PHONE", "+49 30 1234567");
  std::string exit_prefix = Pseudonym(action, "PHONE", "0049 30 1234567");
  CHECK(plus.substr(1) == exit_prefix.substr(2));
  std::string trunk = Pseudonym(action, "PHONE", "+41 (0)62 585 51 90");
  std::string no_trunk = Pseudonym(action, "PHONE", "+41 62 585 51 90");
  CHECK(trunk.substr(8) == no_trunk.substr(5));
}

TEST_CASE("subscriber numbers never collide", "[unit]") {
  auto action = TestAction();
  std::set<std::string> seen;
  for (int i = 0; i < 3000; ++i) {
    std::string number = "+44 20 7946 " + std::to_string(1000 + i);
    CHECK(seen.insert(Pseudonym(action, "PHONE", number)).second);
  }
}

TEST_CASE("card pseudonyms keep IIN, last four, layout, fail Luhn", "[unit]") {
  auto action = TestAction();
  for (const char* value :
       {"4111 1111 1111 1111", "5555555555554444", "4012-8888-8888-1881",
        "3782 822463 10005", "6011000990139424", "4131034282458809939",
        "30569309025904", "4222222222222"}) {
    std::string p = Pseudonym(action, "CARD", value);
    INFO(value << " -> " << p);
    CHECK(Layout(p) == Layout(value));
    std::string digits = Digits(p), original = Digits(value);
    CHECK(digits.substr(0, 6) == original.substr(0, 6));
    CHECK(digits.substr(digits.size() - 4) ==
          original.substr(original.size() - 4));
    CHECK(p != value);
    CHECK_FALSE(validate::IsLuhnValid(p));
    // Not a card to logveil either: a second pass leaves it alone.
    CHECK(WholeFindingLabel(p) == "");
  }
}

TEST_CASE("card pseudonyms pass Luhn when asked, kept parts optional",
          "[unit]") {
  auto action = TestAction();
  action.card_luhn = true;
  std::string valid = Pseudonym(action, "CARD", "4111 1111 1111 1111");
  CHECK(validate::IsLuhnValid(valid));
  CHECK(WholeFindingLabel(valid) == "CARD");
  action.card_keep_iin = false;
  action.card_keep_last4 = false;
  std::string none = Pseudonym(action, "CARD", "4111111111111111");
  CHECK(none.size() == 16);
  CHECK(validate::IsLuhnValid(none));
  CHECK(none.substr(0, 6) != "411111");
}

// Returns `digits` with the digit at `at` set so that the Luhn check passes.
std::string WithLuhnDigit(std::string digits, size_t at) {
  for (char d = '0'; d <= '9'; ++d) {
    digits[at] = d;
    if (validate::IsLuhnValid(digits)) break;
  }
  return digits;
}

TEST_CASE("card numbers never collide", "[unit]") {
  // Real card numbers pass Luhn, so with IIN and last four fixed the middle
  // has one digit less of freedom: the one the pseudonym sets for Luhn.
  auto action = TestAction();
  std::set<std::string> seen;
  for (int i = 0; i < 3000; ++i) {
    std::string card =
        WithLuhnDigit("411111" + std::to_string(10000 + i) + "01111", 11);
    CHECK(seen.insert(Pseudonym(action, "CARD", card)).second);
  }
}

}  // namespace
}  // namespace logveil::transform
