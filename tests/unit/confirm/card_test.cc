#include "confirm/card.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Spans;
using testing::Values;

// The options the scanner runs the card finder with.
const FindOptions& CardOptions() {
  static const FindOptions options =
      testing::EntryOptions("payment.card_number");
  return options;
}

Values Find(std::string_view text) {
  return testing::FoundValues(&FindCards, text, CardOptions());
}

Spans FindSpans(std::string_view text) {
  return testing::FoundSpans(&FindCards, text, CardOptions());
}

// True if `number` alone is reported whole.
bool IsFound(std::string_view number) {
  return Find(number) == Values{std::string(number)};
}

TEST_CASE("card: reports the exact span of each number", "[unit]") {
  CHECK(FindSpans("paid with 4111111111111111 ok") == Spans{{10, 26}});
  CHECK(FindSpans("4111111111111111") == Spans{{0, 16}});
  CHECK(FindSpans("a 4111 1111 1111 1111 b 5555-5555-5555-4444") ==
        Spans{{2, 21}, {24, 43}});
  CHECK(Find("card=4012888888881881&amount=10") == Values{"4012888888881881"});
}

TEST_CASE("card: every network range at each of its lengths", "[unit]") {
  CHECK(IsFound("4333333333335"));        // Visa 13
  CHECK(IsFound("4111111111111111"));     // Visa 16
  CHECK(IsFound("4333333333333333338"));  // Visa 19
  CHECK(IsFound("5133333333333338"));     // Mastercard 51
  CHECK(IsFound("5533333333333334"));     // Mastercard 55
  CHECK(IsFound("2221333333333338"));     // Mastercard 2221
  CHECK(IsFound("2720333333333334"));     // Mastercard 2720
  CHECK(IsFound("343333333333335"));      // Amex 34
  CHECK(IsFound("378282246310005"));      // Amex 37
  CHECK(IsFound("6011111111111117"));     // Discover 6011
  CHECK(IsFound("6011333333333333338"));  // Discover 19
  CHECK(IsFound("6443333333333331"));     // Discover 644
  CHECK(IsFound("6493333333333330"));     // Discover 649
  CHECK(IsFound("6533333333333332"));     // Discover 65
  CHECK(IsFound("3528333333333336"));     // JCB 3528
  CHECK(IsFound("3589333333333333336"));  // JCB 3589, 19 digits
  CHECK(IsFound("180033333333337"));      // JCB legacy 1800
  CHECK(IsFound("213133333333336"));      // JCB legacy 2131
  CHECK(IsFound("30033333333339"));       // Diners 300
  CHECK(IsFound("30533333333338"));       // Diners 305
  CHECK(IsFound("30953333333338"));       // Diners 3095
  CHECK(IsFound("36333333333337"));       // Diners 36
  CHECK(IsFound("3633333333333333332"));  // Diners 36, 19 digits
  CHECK(IsFound("38333333333335"));       // Diners 38
  CHECK(IsFound("39333333333334"));       // Diners 39
  CHECK(IsFound("6233333333333335"));     // UnionPay 62
  CHECK(IsFound("6233333333333333338"));  // UnionPay 62, 19 digits
  CHECK(IsFound("8100333333333331"));     // UnionPay 8100
  CHECK(IsFound("8171333333333333338"));  // UnionPay 8171, 19 digits
  CHECK(IsFound("5033333333330"));        // Maestro 50, 13 digits
  CHECK(IsFound("5019717010103742"));     // Dankort
  CHECK(IsFound("5633333333333333"));     // Maestro 56
  CHECK(IsFound("5833333333333333336"));  // Maestro 58, 19 digits
  CHECK(IsFound("6333333333333334"));     // Maestro 63
  CHECK(IsFound("6733333333333333337"));  // Maestro 67
  CHECK(IsFound("6759649826438453"));     // Maestro UK
  CHECK(IsFound("2200333333333333"));     // Mir 2200
  CHECK(IsFound("2204333333333333333"));  // Mir 2204, 19 digits
  CHECK(IsFound("6033333333333337"));     // RuPay 60
}

TEST_CASE("card: a length the network does not issue is no card", "[unit]") {
  // All Luhn-valid.
  CHECK(Find("43333333333338").empty());        // Visa 14
  CHECK(Find("433333333333336").empty());       // Visa 15
  CHECK(Find("43333333333333337").empty());     // Visa 17
  CHECK(Find("433333333333333330").empty());    // Visa 18
  CHECK(Find("513333333333339").empty());       // Mastercard 15
  CHECK(Find("51333333333333330").empty());     // Mastercard 17
  CHECK(Find("3433333333333330").empty());      // Amex 16
  CHECK(Find("37333333333336").empty());        // Amex 14
  CHECK(Find("601133333333336").empty());       // Discover 15
  CHECK(Find("60333333333333331").empty());     // RuPay 17
  CHECK(Find("353333333333332").empty());       // 35, 15 digits
  CHECK(Find("4222222222").empty());            // 10 digits
  CHECK(Find("41111111111111111113").empty());  // 20 digits
}

TEST_CASE("card: a prefix outside the networks' ranges is no card", "[unit]") {
  // All Luhn-valid, 13 to 19 digits.
  CHECK(Find("2721333333333333").empty());  // after Mastercard 2720
  CHECK(Find("2220333333333339").empty());  // before Mastercard 2221
  CHECK(Find("2721465526338453").empty());  // validator.js negative
  CHECK(Find("2220175103860763").empty());  // validator.js negative
  CHECK(Find("3527333333333337").empty());  // before JCB 3528
  CHECK(Find("3590333333333339").empty());  // after JCB 3589
  CHECK(Find("30633333333336").empty());    // after Diners 305
  CHECK(Find("133333333333339").empty());   // UATP, without a card word
  CHECK(Find("9333333333333338").empty());
  CHECK(Find("7333333333333332").empty());
  CHECK(Find("8172333333333334").empty());  // after UnionPay 8171
  CHECK(Find("6133333333333336").empty());
  CHECK(Find("6433333333333333").empty());  // before Discover 644
}

TEST_CASE("card: after a word that names a card, any issuer and 12 digits",
          "[unit]") {
  CHECK(Find("What is the limit for card 501864667909?") ==
        Values{"501864667909"});
  CHECK(Find("credit card number is 675984103431?") == Values{"675984103431"});
  CHECK(Find("my card 3598899323053410. could you") ==
        Values{"3598899323053410"});
  CHECK(Find("my credit card: 122000000000003") == Values{"122000000000003"});
  CHECK(Find("card=5018 6466 7909 ok") == Values{"5018 6466 7909"});
  // Still Luhn-valid and no longer than a card.
  CHECK(Find("card 501864667908").empty());
  CHECK(Find("card 50186466790").empty());
  CHECK(Find("card 41111111111111111113").empty());
  // Without the word: no issuer, no card.
  CHECK(Find("limit for 501864667909").empty());
  CHECK(Find("order 3598899323053410").empty());
  CHECK(Find("122000000000003").empty());
  // The words come from the pattern entry: a finder without them takes
  // only numbers in an issuer's range.
  CHECK(testing::FoundValues(&FindCards, "card 501864667909").empty());
}

// A number that only a word naming a card lets through: 12 digits, no
// issuer, Luhn-valid.
constexpr std::string_view kNamedOnly = "501864667909";

bool Named(const std::string& prefix) {
  return Find(prefix + std::string(kNamedOnly)) ==
         Values{std::string(kNamedOnly)};
}

TEST_CASE("card: words and keys that name a card", "[unit]") {
  CHECK(Named("What is the limit for card "));
  CHECK(Named("cc "));
  CHECK(Named("card: "));
  CHECK(Named("card # "));
  CHECK(Named("What's your credit card? "));
  CHECK(Named("{\"pan\":\""));
  CHECK(Named("card_number="));
  CHECK(Named("cardNo="));
  CHECK(Named("CC-NUM: "));
  CHECK(Named("creditCardNumber="));
  CHECK(Named("Maestro "));
  CHECK(Named("debit "));
  // Up to two filler words after the card word.
  CHECK(Named("my credit card number is "));
  CHECK(Named("card number "));
  CHECK(Named("card no. "));
  CHECK_FALSE(Named("card is my number "));  // three fillers
}

TEST_CASE("card: other words and keys do not name a card", "[unit]") {
  CHECK_FALSE(Named(""));
  CHECK_FALSE(Named("order "));
  CHECK_FALSE(Named("pan_id="));
  CHECK_FALSE(Named("cardholder "));
  CHECK_FALSE(Named("card id "));
  CHECK_FALSE(Named("discard "));
  CHECK_FALSE(Named("card     "));  // more glue than a key has
  CHECK_FALSE(Named("card.\n"));
  CHECK_FALSE(Named("card ts="));  // a suppress word is nearer
}

TEST_CASE("card: the number must pass Luhn", "[unit]") {
  CHECK(Find("4111111111111112").empty());
  CHECK(Find("4012-8888-8888-1882").empty());
  CHECK(Find("my credit card number is 36168002586008").empty());
  CHECK(Find("5398228707871528").empty());
}

TEST_CASE("card: grouped by single spaces or dashes", "[unit]") {
  CHECK(IsFound("4111 1111 1111 1111"));
  CHECK(IsFound("4111-1111-1111-1111"));
  CHECK(IsFound("3782 822463 10005"));  // Amex 4-6-5
  CHECK(IsFound("3782-822463-10005"));
  CHECK(IsFound("3056 930902 5904"));         // Diners 4-6-4
  CHECK(IsFound("4333 3333 3333 3333 338"));  // 4-4-4-4-3
  CHECK(IsFound("4333 3333 3333 5"));         // Visa 13, 4-4-4-1
  CHECK(IsFound("6011 3333 3333 3333 338"));
}

TEST_CASE("card: other groupings are no card", "[unit]") {
  CHECK(Find("4111 1111-1111 1111").empty());   // two kinds of separator
  CHECK(Find("4111  1111 1111 1111").empty());  // a double space
  CHECK(Find("4111 - 1111 - 1111 - 1111").empty());
  CHECK(Find("41 11 11 11 11 11 11 11").empty());
  CHECK(Find("41111 11111 111111").empty());
  CHECK(Find("4111 111111 111111").empty());
  CHECK(Find("411 1111 1111 1111 1").empty());
  CHECK(Find("4111.1111.1111.1111").empty());
  CHECK(Find("4111/1111/1111/1111").empty());
  CHECK(Find("4111_1111_1111_1111").empty());
  CHECK(Find("4111\t1111\t1111\t1111").empty());
}

TEST_CASE("card: a run of groups is taken whole, never in part", "[unit]") {
  // 20 digits in fours: no 16-digit card inside.
  CHECK(Find("4111 1111 1111 1111 1111").empty());
  CHECK(Find("2017 4111 1111 1111 1111").empty());
  CHECK(Find("4111-1111-1111-1111-1111").empty());
  // A long number never joins a run of short groups.
  CHECK(Find("id 42 4111111111111111") == Values{"4111111111111111"});
  CHECK(Find("4111111111111111 1234") == Values{"4111111111111111"});
  // A date or time after the card is not one of its groups.
  CHECK(Find("4111 1111 1111 1111 12/25") == Values{"4111 1111 1111 1111"});
  CHECK(Find("4111 1111 1111 1111 10:30") == Values{"4111 1111 1111 1111"});
  // Nor is an expiry glued on with '/'; the last group of the card (three
  // or four digits, no date's first part) still counts.
  CHECK(Find("4111-1111-1111-1111/12/27") == Values{"4111-1111-1111-1111"});
  CHECK(Find("4111 1111 1111 1111/1227") == Values{"4111 1111 1111 1111"});
  CHECK(Find("4111 1111 1111 11/25").empty());
  // Except a security code after the card: the card is reported alone.
  CHECK(Find("4111 1111 1111 1111 123") == Values{"4111 1111 1111 1111"});
  CHECK(Find("3782 822463 10005 123") == Values{"3782 822463 10005"});
  CHECK(Find("4111 1111 1111 1112 123").empty());  // Luhn
  CHECK(Find("4111-1111-1111-1111-123").empty());  // "-123" continues it
  CHECK(Find("1111 4111 1111 1111 1111 123").empty());
}

TEST_CASE("card: long runs of short groups are safe", "[unit]") {
  // Regression: a seventh group used to be stored past the group array.
  CHECK(Find("1 1 1 1 1 1 1 1 1 1").empty());
  CHECK(Find("4111 1111 1111 1111 1 1 1 1").empty());
  CHECK(Find("4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1").empty());
  CHECK(Find(std::string(100000, '4')).empty());
}

TEST_CASE("card: HDFS block ids are no cards", "[unit]") {
  // Block ids are Luhn-valid 19-digit runs in 256 of 2,000 HDFS lines; these
  // use a Visa prefix so that only the boundary rule keeps them out.
  CHECK(Find("blk_-4333333333333333338").empty());
  CHECK(Find("blk_4333333333333333338").empty());
  CHECK(Find("Receiving block blk_-6952295868487656571 src:").empty());
  CHECK(Find("Deleting block blk_6952295868487656571 file").empty());
}

TEST_CASE("card: timestamps and zero runs are no cards", "[unit]") {
  CHECK(Find("onExtend:1514038535000 1 0").empty());  // epoch ms
  CHECK(Find("\"timestamp\":1446249499322,").empty());
  CHECK(Find("\"timeUnixNano\":\"1544712660300000000\"").empty());
  CHECK(Find("BIOS-e820: 0000000000000000 - 000000000009f000").empty());
  CHECK(Find("@ 0x0000000000000000").empty());
}

TEST_CASE("card: a digit run that continues is no card", "[unit]") {
  CHECK(Find("41111111111111111").empty());  // 17 digits, not Luhn
  CHECK(Find("x4111111111111111").empty());
  CHECK(Find("4111111111111111x").empty());
  CHECK(Find("_4111111111111111").empty());
  CHECK(Find("4111111111111111_").empty());
  CHECK(Find("id-4111111111111111").empty());
  CHECK(Find("-4111111111111111").empty());   // a negative number
  CHECK(Find("+4111111111111111").empty());   // a phone number
  CHECK(Find("0.4111111111111111").empty());  // a decimal
  CHECK(Find("4111111111111111.25").empty());
  CHECK(Find("4111111111111111-2").empty());
  CHECK(Find("1.4111111111111111").empty());
  CHECK(Find("v4111-1111-1111-1111").empty());
  CHECK(Find("4111-1111-1111-1111x").empty());
}

TEST_CASE("card: punctuation around the number is not part of it", "[unit]") {
  CHECK(Find("(4111111111111111)") == Values{"4111111111111111"});
  CHECK(Find("card: 4111111111111111.") == Values{"4111111111111111"});
  CHECK(Find("{\"pan\":\"4111 1111 1111 1111\"}") ==
        Values{"4111 1111 1111 1111"});
  CHECK(Find("4111111111111111,5555555555554444") ==
        Values{"4111111111111111", "5555555555554444"});
  CHECK(Find("4111111111111111/12") == Values{"4111111111111111"});
  CHECK(Find("#4111111111111111") == Values{"4111111111111111"});
  CHECK(Find("\xc3\xa9"
             "4111111111111111\xc3\xa9") == Values{"4111111111111111"});
  CHECK(Find("cc 4111111111111111. Thanks") == Values{"4111111111111111"});
}

TEST_CASE("card: a finding never crosses a newline", "[unit]") {
  CHECK(Find("4111 1111\n1111 1111").empty());
  CHECK(Find("41111111\n11111111").empty());
  CHECK(Find("4111111111111111\n5555555555554444") ==
        Values{"4111111111111111", "5555555555554444"});
}

TEST_CASE("card: appends to the caller's vector", "[unit]") {
  std::vector<ByteRange> ranges = {{0, 1}};
  FindCards("x 4111111111111111", FindOptions{}, ranges);
  CHECK(ranges == std::vector<ByteRange>{{0, 1}, {2, 18}});
}

TEST_CASE("card: arbitrary bytes are safe", "[unit]") {
  std::string text(
      "\0"
      "4111111111111111"
      "\0\xff",
      19);
  CHECK(Find(text) == Values{"4111111111111111"});
  CHECK(Find("").empty());
  CHECK(Find("4").empty());
  CHECK(Find(" - ").empty());
}

}  // namespace
}  // namespace logveil::confirm
