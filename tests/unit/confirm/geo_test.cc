#include "confirm/geo.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Spans;
using testing::Values;

Values Find(std::string_view text) {
  return testing::FoundValues(&FindCoordinates, text);
}

Spans FindSpans(std::string_view text) {
  return testing::FoundSpans(&FindCoordinates, text);
}

const Values kDubai = {"25.2048", "55.2708"};

TEST_CASE("geo: each number of a pair is its own finding", "[unit]") {
  CHECK(FindSpans("at 25.2048, 55.2708 now") == Spans{{3, 10}, {12, 19}});
  CHECK(FindSpans("-33.8688,151.2093") == Spans{{0, 8}, {9, 17}});
  CHECK(Find("from 25.2048, 55.2708 to -33.8688, 151.2093") ==
        Values{"25.2048", "55.2708", "-33.8688", "151.2093"});
}

TEST_CASE("geo: bare pairs with every separator", "[unit]") {
  CHECK(Find("25.2048, 55.2708") == kDubai);
  CHECK(Find("25.2048,55.2708") == kDubai);
  CHECK(Find("25.2048 55.2708") == kDubai);
  CHECK(Find("25.2048;55.2708") == kDubai);
  CHECK(Find("25.2048; 55.2708") == kDubai);
  CHECK(Find("(25.2048, 55.2708)") == kDubai);
  CHECK(Find("[25.2048,55.2708]") == kDubai);
}

TEST_CASE("geo: the sign belongs to the number", "[unit]") {
  CHECK(Find("(-17.738223, 85.605469)") == Values{"-17.738223", "85.605469"});
  CHECK(Find("+12.3456789, -12.3456789") ==
        Values{"+12.3456789", "-12.3456789"});
  CHECK(Find("(-12.3456789, +12.3456789)") ==
        Values{"-12.3456789", "+12.3456789"});
  CHECK(Find("40.74113;-73.989656") == Values{"40.74113", "-73.989656"});
}

TEST_CASE("geo: latitude to 90 and longitude to 180, inclusive", "[unit]") {
  CHECK(Find("-90.00000,-180.00000") == Values{"-90.00000", "-180.00000"});
  CHECK(Find("90.0000, 180.0000") == Values{"90.0000", "180.0000"});
  CHECK(Find("0.955766, -19.863281") == Values{"0.955766", "-19.863281"});
  CHECK(Find("90.0001, 10.0000").empty());
  CHECK(Find("10.0000, 180.0001").empty());
  CHECK(Find("+90.000000, -180.00001").empty());
  CHECK(Find("89.9999999989, 360.0000000").empty());
  CHECK(Find("-95.738043, -96.738043").empty());
  CHECK(Find("(-126.400010, -158.400010)").empty());
  CHECK(Find("-110.369532, 223.369532").empty());
}

TEST_CASE("geo: a bare pair needs four decimals on both numbers", "[unit]") {
  CHECK(Find("at 25.204, 55.2708").empty());
  CHECK(Find("at 25.2048, 55.270").empty());
  CHECK(Find("at 41.5, 81.0 now").empty());
  CHECK(Find("at 90, 180 now").empty());
  CHECK(Find("at -0.55, +0.22 now").empty());
  CHECK(Find("-90., -180.").empty());
}

TEST_CASE("geo: a single number is no coordinate", "[unit]") {
  CHECK(Find("12.3456").empty());
  CHECK(Find("took 12.3456 seconds").empty());
  CHECK(Find("lat=25.2048").empty());
  CHECK(Find("25.2048, and then 55.2708").empty());
}

TEST_CASE("geo: load averages and other lists are no coordinates", "[unit]") {
  CHECK(Find("load average: 0.52, 0.58, 0.59").empty());
  CHECK(Find("load average: 0.5234, 0.5812, 0.5903").empty());
  CHECK(Find("quat 0.1234 0.5678 0.9012 0.3456").empty());
  CHECK(Find("[0.0123, -0.0456, 0.0789]").empty());
  CHECK(Find("0.5, 25.2048, 55.2708").empty());
  CHECK(Find("25.2048, 55.2708, 3.5").empty());
  CHECK(Find("25.2048;55.2708;-0.5").empty());
  // Integers next to a pair are other fields: an id column, an altitude.
  CHECK(Find("7,25.2048,55.2708") == kDubai);
  CHECK(Find("25.2048,55.2708,120") == kDubai);
  CHECK(Find("1, 25.2048, 55.2708") == kDubai);
  // A different separator or a unit ends the list.
  CHECK(Find("12:00:00 25.2048,55.2708") == kDubai);
  CHECK(Find("12:00:00 25.2048 55.2708") == kDubai);
  CHECK(Find("2024-01-02 25.2048 55.2708") == kDubai);
  CHECK(Find("-0.5 25.2048 55.2708").empty());
  // A tracker's fix time after the pair: a position, not a list.
  CHECK(Find("0.0,0,54.7,25.2048,55.2708,20261207100000,0262") == kDubai);
  CHECK(Find("0.5,25.2048,55.2708,202612071000001").empty());
  CHECK(Find("@25.2048,55.2708,15z") == kDubai);
}

TEST_CASE("geo: versions, IPs, dates and times are no coordinates", "[unit]") {
  CHECK(Find("version 1.2345.6789, 2.3456").empty());
  CHECK(Find("10.1234.5.6 12.3456").empty());
  CHECK(Find("12:34:56.7890 12.3456").empty());
  CHECK(Find("12.3456-78.9012").empty());
  CHECK(Find("12.3456/78.9012").empty());
  CHECK(Find("25.2048%, 55.2708%").empty());
  CHECK(Find("1514038535.1234, 12.3456").empty());
  CHECK(Find("2024.0101, 12.3456").empty());
}

TEST_CASE("geo: leading zeros and 0,0 are no coordinates", "[unit]") {
  CHECK(Find("(020.000000, 010.000000000)").empty());
  CHECK(Find("090.0000, 0180.0000").empty());
  CHECK(Find("0.0000, 0.0000").empty());
  CHECK(Find("0.0000, 0.0001") == Values{"0.0000", "0.0001"});
}

TEST_CASE("geo: numbers glued to words are no coordinates", "[unit]") {
  CHECK(Find("x25.2048, 55.2708").empty());
  CHECK(Find("25.2048, 55.2708km").empty());
  CHECK(Find("v-25.2048, 55.2708").empty());
  CHECK(Find("--25.2048, 55.2708").empty());
  CHECK(Find("25.2048, 55.2708_x").empty());
}

TEST_CASE("geo: other separators are no pair", "[unit]") {
  CHECK(Find("25.2048  55.2708").empty());
  CHECK(Find("25.2048 , 55.2708").empty());
  CHECK(Find("25.2048\t55.2708").empty());
  CHECK(Find("25.2048,,55.2708").empty());
  CHECK(Find("25.2048:55.2708").empty());
}

TEST_CASE("geo: labeled pairs need two decimals", "[unit]") {
  CHECK(Find("lat=25.2048 lon=55.2708") == kDubai);
  CHECK(Find("latitude: 25.2048, longitude: 55.2708") == kDubai);
  CHECK(Find("{\"lat\": 25.20, \"lng\": 55.27}") == Values{"25.20", "55.27"});
  CHECK(Find("{\"lat\":\"25.20\",\"lon\":\"55.27\"}") ==
        Values{"25.20", "55.27"});
  CHECK(Find("LAT=25.20 LNG=55.27") == Values{"25.20", "55.27"});
  CHECK(Find("Latitude = -33.87 Longitude = 151.21") ==
        Values{"-33.87", "151.21"});
  CHECK(Find("lat=25.20&long=55.27") == Values{"25.20", "55.27"});
  CHECK(Find("<trkpt lat=\"25.2048\" lon=\"55.2708\">") == kDubai);
  CHECK(Find("gps_lat=25.20 gps_lon=55.27") == Values{"25.20", "55.27"});
  CHECK(Find("lat: 25.20 and long: 55.27") == Values{"25.20", "55.27"});
  CHECK(Find("lat=25.2 lon=55.2").empty());
  CHECK(Find("lat=25 lon=55").empty());
}

TEST_CASE("geo: labels followed by blanks only, as free text writes them",
          "[unit]") {
  CHECK(Find("position lat 25.2048 lon 55.2708 hdop 0.9") == kDubai);
  CHECK(Find("Lat  25.20 Long 55.27") == Values{"25.20", "55.27"});
  CHECK(Find("latitude 25.2048, longitude 55.2708") == kDubai);
  CHECK(Find("lat 25.20 lon=55.27") == Values{"25.20", "55.27"});
  // Both axes must be labeled, with a number of two decimals each.
  CHECK(Find("lat 25.20 and then 55.27").empty());
  CHECK(Find("lat 25.20 lon sessions").empty());
  CHECK(Find("lat 25 lon 55").empty());
  CHECK(Find("lat    25.20 lon 55.27").empty());   // more than three blanks
  CHECK(Find("\"lat\" 25.20 lon 55.27").empty());  // a quoted key needs ':'
}

TEST_CASE("geo: XML elements named like labels", "[unit]") {
  CHECK(Find("<lat>25.2048</lat><lon>55.2708</lon>") == kDubai);
  CHECK(Find("<Latitude>25.20</Latitude>\n").empty());
  CHECK(Find("<Latitude>25.20</Latitude> <Longitude>55.27</Longitude>") ==
        Values{"25.20", "55.27"});
  CHECK(Find("where lat>25.20 and lon>55.27") == Values{"25.20", "55.27"});
  CHECK(Find("<lat>25.20</lat>").empty());
  CHECK(Find("<flat>25.20</flat><lon>55.27</lon>").empty());
  CHECK(Find("<lat> 25.20</lat><lon> 55.27</lon>").empty());
}

TEST_CASE("geo: labeled longitude may come first", "[unit]") {
  CHECK(Find("lng=55.27 lat=25.20") == Values{"55.27", "25.20"});
  CHECK(Find("lon=151.2093, lat=-33.8688") == Values{"151.2093", "-33.8688"});
  CHECK(Find("lon=25.20 lat=151.20").empty());  // latitude out of range
}

TEST_CASE("geo: labeled values are range checked", "[unit]") {
  CHECK(Find("lat=95.20 lon=55.27").empty());
  CHECK(Find("lat=25.20 lon=185.27").empty());
}

TEST_CASE("geo: combined lat/lng labels", "[unit]") {
  CHECK(Find("lat/lng: (25.2048,55.2708)") == kDubai);
  CHECK(Find("latlng=25.20,55.27") == Values{"25.20", "55.27"});
  CHECK(Find("lat_lon: [25.20, 55.27]") == Values{"25.20", "55.27"});
  CHECK(Find("LatLng: 25.20 55.27") == Values{"25.20", "55.27"});
  CHECK(Find("latlng=25.2,55.2").empty());
}

TEST_CASE("geo: geo URIs", "[unit]") {
  CHECK(Find("geo:25.2048,55.2708") == kDubai);
  CHECK(Find("see geo:25.20,55.27;u=35 here") == Values{"25.20", "55.27"});
  CHECK(Find("GEO:-33.87,151.21,12.5") == Values{"-33.87", "151.21"});
  CHECK(Find("geo:25.20, 55.27").empty());
  CHECK(Find("geo:25.2,55.2").empty());
  CHECK(Find("xgeo:25.20,55.27").empty());
  CHECK(Find("geo=25.20,55.27").empty());
  CHECK(Find("Geo 25.20,55.27").empty());
}

TEST_CASE("geo: words that merely start like a label", "[unit]") {
  CHECK(Find("latency=25.20 lon=55.27").empty());
  CHECK(Find("flat=25.20 lon=55.27").empty());
  CHECK(Find("lat=25.20 london=55.27").empty());
  CHECK(Find("lat=25.20 longer=55.27").empty());
  CHECK(Find("lat_deg=25.20 lon=55.27").empty());
}

TEST_CASE("geo: the second label must follow closely", "[unit]") {
  CHECK(Find("lat=25.20 alt=10 lon=55.27").empty());
  CHECK(Find("lat=25.20 some words in between here lon=55.27").empty());
  CHECK(Find("lat=25.20 lat=26.20").empty());
}

TEST_CASE("geo: a finding never crosses a newline", "[unit]") {
  CHECK(Find("25.2048,\n55.2708").empty());
  CHECK(Find("25.2048\n55.2708").empty());
  CHECK(Find("lat=25.20\nlon=55.27").empty());
  CHECK(Find("25.2048, 55.2708\n-33.8688, 151.2093") ==
        Values{"25.2048", "55.2708", "-33.8688", "151.2093"});
}

TEST_CASE("geo: map link parameters are labels", "[unit]") {
  CHECK(Find("maps?q=25.20,55.27&z=15") == Values{"25.20", "55.27"});
  CHECK(Find("?ll=25.20,55.27") == Values{"25.20", "55.27"});
  CHECK(Find("&query=25.2048%2C55.2708") == kDubai);
  CHECK(Find("staticmap?center=-33.87,151.21&zoom=12") ==
        Values{"-33.87", "151.21"});
  CHECK(Find("/@25.2048,55.2708,15z") == kDubai);
  CHECK(Find("q=25.2,55.2").empty());
  CHECK(Find("q=25.20, 55.27").empty());
  CHECK(Find("seq=25.20,55.27").empty());
  CHECK(Find("sequence=25.20,55.27").empty());
  CHECK(Find("q=shoes&page=2").empty());
  // The key's '=' or ':' may come after spaces, but not after a word.
  CHECK(Find("query = 25.20,55.27") == Values{"25.20", "55.27"});
  CHECK(Find("q :25.20,55.27") == Values{"25.20", "55.27"});
  CHECK(Find("q =   25.20,55.27") == Values{"25.20", "55.27"});
  CHECK(Find("Query took 25.20,55.27").empty());
  CHECK(Find("q 25.20,55.27").empty());
}

TEST_CASE("geo: Google Maps data parameters", "[unit]") {
  CHECK(Find("data=!4m6!3m5!8m2!3d25.197197!4d55.2743764!16s") ==
        Values{"25.197197", "55.2743764"});
  CHECK(Find("!8m2!3d-33.8688!4d151.2093") == Values{"-33.8688", "151.2093"});
  CHECK(Find("!8m2!3d25.1!4d55.2").empty());
  CHECK(Find("!8m2!3d95.19!4d55.27").empty());
  CHECK(Find("x3d25.19!4d55.27").empty());
}

TEST_CASE("geo: an altitude with a unit after a pair is part of it", "[unit]") {
  CHECK(Find("at 25.2048, 55.2708, 120m now") ==
        Values{"25.2048", "55.2708", "120m"});
  CHECK(Find("at 25.2048,55.2708,2.5km") ==
        Values{"25.2048", "55.2708", "2.5km"});
  CHECK(Find("at 25.2048, 55.2708, 120 m") == kDubai);
  CHECK(Find("at 25.2048, 55.2708, 120ms") == kDubai);
}

TEST_CASE("geo: appends to the caller's vector", "[unit]") {
  std::vector<ByteRange> ranges = {{0, 1}};
  FindCoordinates("x 25.2048,55.2708", FindOptions{}, ranges);
  CHECK(ranges == std::vector<ByteRange>{{0, 1}, {2, 9}, {10, 17}});
}

TEST_CASE("geo: short and odd inputs are safe", "[unit]") {
  CHECK(Find("").empty());
  CHECK(Find("-").empty());
  CHECK(Find("+.").empty());
  CHECK(Find("lat").empty());
  CHECK(Find("lat=").empty());
  CHECK(Find("geo:").empty());
  CHECK(Find("25.2048,").empty());
  std::string text(
      "\0"
      "25.2048,55.2708"
      "\0",
      17);
  CHECK(Find(text) == kDubai);
}

}  // namespace
}  // namespace logveil::confirm
