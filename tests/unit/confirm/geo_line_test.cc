// Lines that hold nothing but a coordinate pair (confirm/geo_line.h), found
// through the geo finder.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "confirm/geo.h"
#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Values;

Values Find(std::string_view text) {
  return testing::FoundValues(&FindCoordinates, text);
}

TEST_CASE("geo line: a pair alone on its line needs no four decimals",
          "[unit]") {
  CHECK(Find("41.5, 81.0") == Values{"41.5", "81.0"});
  CHECK(Find("41.5 -81.0") == Values{"41.5", "-81.0"});
  CHECK(Find("+41.5 +81.0") == Values{"+41.5", "+81.0"});
  CHECK(Find("41.5;-81.0") == Values{"41.5", "-81.0"});
  CHECK(Find("  41.5 -81.0  ") == Values{"41.5", "-81.0"});
  CHECK(Find("(-0.55, +0.22)\r") == Values{"-0.55", "+0.22"});
  CHECK(Find("x\n41.5, 81.0\ny") == Values{"41.5", "81.0"});
}

TEST_CASE("geo line: integers need a comma", "[unit]") {
  CHECK(Find("90, 180") == Values{"90", "180"});
  CHECK(Find("(-71, -146)") == Values{"-71", "-146"});
  CHECK(Find("-90,+180") == Values{"-90", "+180"});
  CHECK(Find("10 20").empty());
  CHECK(Find("41.5 81").empty());
}

TEST_CASE("geo line: an altitude may follow", "[unit]") {
  CHECK(Find("41.5, 81.0, 2.5km") == Values{"41.5", "81.0", "2.5km"});
  CHECK(Find("41.5, 81.0, 2500.0m") == Values{"41.5", "81.0", "2500.0m"});
  CHECK(Find("41.5, 81.0, 2.5").empty());
}

TEST_CASE("geo line: anything else on the line", "[unit]") {
  CHECK(Find("aaa 41.5 -81.0").empty());
  CHECK(Find("41.5 -81.0 aaa").empty());
  CHECK(Find("(41.5, 81.0").empty());
  CHECK(Find("41.5, 81.0)").empty());
  CHECK(Find("[41.5, 81.0]").empty());
  CHECK(Find("\t41.5, 81.0").empty());
  CHECK(Find("0.5, 0.7, 0.9").empty());
}

TEST_CASE("geo line: ranges, leading zeros and 0,0", "[unit]") {
  CHECK(Find("126, -158").empty());
  CHECK(Find("-95, -96").empty());
  CHECK(Find("+90.1, -180.1").empty());
  CHECK(Find("-90., -180.").empty());
  CHECK(Find("090, 0180").empty());
  CHECK(Find("0, 0").empty());
}

TEST_CASE("geo line: timestamps, versions and addresses", "[unit]") {
  CHECK(Find("12:30, 45").empty());
  CHECK(Find("1.2.3, 4.5").empty());
  CHECK(Find("10.0.0.1 - -").empty());
  CHECK(Find("10.0.0.1, 4.5").empty());
  CHECK(Find("10.1.2 4.5").empty());
  CHECK(Find("10.5, 4.5") == Values{"10.5", "4.5"});
  CHECK(Find("1.5, 4.5") == Values{"1.5", "4.5"});
  CHECK(Find("2023-10-10 12.5").empty());
}

}  // namespace
}  // namespace logveil::confirm
