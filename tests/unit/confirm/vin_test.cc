#include "confirm/vin.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Spans;
using testing::Values;

Values Find(std::string_view text) {
  return testing::FoundValues(&FindVins, text);
}

// North American, check digit right; European, check digit not used.
const std::string kHonda = "1HGCM82633A004352";
const std::string kVolkswagen = "WVWZZZ1JZXW000001";

TEST_CASE("vin: a bare VIN with a valid check digit", "[unit]") {
  CHECK(testing::FoundSpans(&FindVins, "car 1HGCM82633A004352 parked") ==
        Spans{{4, 21}});
  CHECK(Find("1M8GDM9AXKP042788") == Values{"1M8GDM9AXKP042788"});
  CHECK(Find("(JH4KA7561PC008269)") == Values{"JH4KA7561PC008269"});
  CHECK(Find("/vehicles/1HGCM82633A004352/state") == Values{kHonda});
  CHECK(Find("id=1HGCM82633A004352&x=1") == Values{kHonda});
}

TEST_CASE("vin: a failing check digit needs a key", "[unit]") {
  CHECK(Find("car WVWZZZ1JZXW000001 parked").empty());
  CHECK(Find("vin=WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("VIN: WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("VIN WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("VIN#WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("{\"vin\": \"WVWZZZ1JZXW000001\"}") == Values{kVolkswagen});
  CHECK(Find("vehicle_id='WVWZZZ1JZXW000001'") == Values{kVolkswagen});
  CHECK(Find("vehicleId = WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("car.vin:WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("vehicleVin=WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("VIN_NUMBER=WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("vehicle_identification_number: WVWZZZ1JZXW000001") ==
        Values{kVolkswagen});
  CHECK(Find("vehicle WVWZZZ1JZXW000001 entered geofence") ==
        Values{kVolkswagen});
  CHECK(Find("Vehicle: WVWZZZ1JZXW000001") == Values{kVolkswagen});
  CHECK(Find("vehicles WVWZZZ1JZXW000001").empty());
}

TEST_CASE("vin: keys that do not name a VIN", "[unit]") {
  CHECK(Find("kevin=WVWZZZ1JZXW000001").empty());
  CHECK(Find("vins_total=WVWZZZ1JZXW000001").empty());
  CHECK(Find("vin_=WVWZZZ1JZXW000001").empty());
  CHECK(Find("vin: x WVWZZZ1JZXW000001").empty());
  CHECK(Find("order_id=WVWZZZ1JZXW000001").empty());
  CHECK(Find("vin    =WVWZZZ1JZXW000001").empty());
}

TEST_CASE("vin: glued, longer or shorter runs", "[unit]") {
  CHECK(Find("x1HGCM82633A004352").empty());
  CHECK(Find("1HGCM82633A004352x").empty());
  CHECK(Find("_1HGCM82633A004352").empty());
  CHECK(Find("21HGCM82633A004352").empty());
  CHECK(Find("1HGCM82633A0043521").empty());
  CHECK(Find("HGCM82633A004352").empty());
}

TEST_CASE("vin: base64 pieces, digests and numbers", "[unit]") {
  CHECK(Find("k=ab+1HGCM82633A004352/cd").empty());
  CHECK(Find("k=ab/1HGCM82633A004352+cd").empty());
  CHECK(Find("k=1HGCM82633A004352==").empty());
  CHECK(Find("md5 3F2504E04F8911D3A7C9E0B1D2F3A4B5").empty());
  CHECK(Find("vin=3F2504E04F8911D30").empty());
  CHECK(Find("vin=12345678901234567").empty());
}

TEST_CASE("vin: several in a text, at any offset", "[unit]") {
  CHECK(Find("a 1HGCM82633A004352 b vin=WVWZZZ1JZXW000001 c") ==
        Values{kHonda, kVolkswagen});
  for (size_t offset = 0; offset < 130; ++offset) {
    INFO(offset);
    std::string text(offset, '.');
    text += " 1HGCM82633A004352 end";
    CHECK(Find(text) == Values{kHonda});
  }
}

TEST_CASE("vin: short and odd inputs are safe", "[unit]") {
  CHECK(Find("").empty());
  CHECK(Find("VIN").empty());
  CHECK(Find("vin=").empty());
  CHECK(Find(std::string("\0"
                         "1HGCM82633A004352"
                         "\0",
                         19)) == Values{kHonda});
}

}  // namespace
}  // namespace logveil::confirm
