#include "confirm/card_context.h"

#include <catch2/catch.hpp>
#include <string>

namespace logveil::confirm::card {
namespace {

// True if the words before the end of `prefix` name a card.
bool Names(std::string_view prefix) {
  return HasCardContext(prefix, prefix.size());
}

TEST_CASE("card context: words and keys that name a card", "[unit]") {
  CHECK(Names("What is the limit for card "));
  CHECK(Names("cc "));
  CHECK(Names("card: "));
  CHECK(Names("card # "));
  CHECK(Names("What's your credit card? "));
  CHECK(Names("{\"pan\":\""));
  CHECK(Names("card_number="));
  CHECK(Names("cardNo="));
  CHECK(Names("CC-NUM: "));
  CHECK(Names("creditCardNumber="));
  CHECK(Names("Maestro "));
}

TEST_CASE("card context: up to two filler words after the card word",
          "[unit]") {
  CHECK(Names("my credit card number is "));
  CHECK(Names("card number "));
  CHECK(Names("card no. "));
  CHECK_FALSE(Names("card is my number "));  // three fillers
}

TEST_CASE("card context: other words and keys do not", "[unit]") {
  CHECK_FALSE(Names(""));
  CHECK_FALSE(Names("order "));
  CHECK_FALSE(Names("pan_id="));
  CHECK_FALSE(Names("cardholder "));
  CHECK_FALSE(Names("card id "));
  CHECK_FALSE(Names("discard "));
  CHECK_FALSE(Names("card     "));  // more glue than a key has
  CHECK_FALSE(Names("card.\n"));
}

}  // namespace
}  // namespace logveil::confirm::card
