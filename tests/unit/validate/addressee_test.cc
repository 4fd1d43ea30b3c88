#include "validate/addressee.h"

#include <catch2/catch.hpp>

namespace logveil::validate {
namespace {

TEST_CASE("addressees: names count and form-letter words do not", "[unit]") {
  CHECK(IsPersonalAddressee("Jane Roe"));
  CHECK(IsPersonalAddressee("Okafor"));
  CHECK(IsPersonalAddressee("JOSÉ GARCÍA"));
  CHECK(IsPersonalAddressee("Łukasz"));
  // A name that starts like a generic word is still a name.
  CHECK(IsPersonalAddressee("Allison"));
  CHECK(IsPersonalAddressee("Userton"));
  CHECK(IsPersonalAddressee("Averyveryverylongfirstname"));
  CHECK_FALSE(IsPersonalAddressee("Customer"));
  CHECK_FALSE(IsPersonalAddressee("CUSTOMER"));
  CHECK_FALSE(IsPersonalAddressee("Valued Member"));
  CHECK_FALSE(IsPersonalAddressee("all"));
  CHECK_FALSE(IsPersonalAddressee("Visitor"));
  CHECK_FALSE(IsPersonalAddressee("Account Holder"));
  CHECK_FALSE(IsPersonalAddressee("Admin"));
  CHECK_FALSE(IsPersonalAddressee("World"));
  CHECK_FALSE(IsPersonalAddressee("There"));
}

}  // namespace
}  // namespace logveil::validate
