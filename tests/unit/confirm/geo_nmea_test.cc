// NMEA 0183 position fields (confirm/geo_nmea.h), found through the geo
// finder.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "confirm/geo.h"
#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Spans;
using testing::Values;

Values Find(std::string_view text) {
  return testing::FoundValues(&FindCoordinates, text);
}

TEST_CASE("geo nmea: one finding per value field", "[unit]") {
  CHECK(testing::FoundSpans(&FindCoordinates,
                            "$GPGLL,4916.45,N,12311.12,W,225444,A,*1D") ==
        Spans{{7, 14}, {17, 25}});
  CHECK(Find("$GPRMC,123519.00,A,4807.038,N,01131.000,E,,,230394,,*33") ==
        Values{"4807.038", "01131.000"});
  CHECK(Find("$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M") ==
        Values{"1929.045", "02410.506"});
  CHECK(Find("$PUBX,00,074440.00,4703.74203,N,00736.82976,E,576.991,D3") ==
        Values{"4703.74203", "00736.82976"});
}

TEST_CASE("geo nmea: decimal degrees in the same fields", "[unit]") {
  CHECK(Find("$GPGGA,161405.680,37.352387,N,121.953086,W,1,10,0.01") ==
        Values{"37.352387", "121.953086"});
}

TEST_CASE("geo nmea: the last field may end the sentence", "[unit]") {
  CHECK(Find("x,4807.038,N,01131.000,E") == Values{"4807.038", "01131.000"});
  CHECK(Find("x,4807.038,N,01131.000,E*1F") == Values{"4807.038", "01131.000"});
}

TEST_CASE("geo nmea: ranges", "[unit]") {
  CHECK(Find("a,9007.038,N,01131.000,E,").empty());
  CHECK(Find("a,4867.038,N,01131.000,E,").empty());
  CHECK(Find("a,4807.038,N,18131.000,E,").empty());
  CHECK(Find("a,9000.000,S,18000.000,W,") == Values{"9000.000", "18000.000"});
}

TEST_CASE("geo nmea: sentences without a position", "[unit]") {
  CHECK(Find("$GPVTG,108.53,T,,M,0.04,N,0.07,K,A*31").empty());
  CHECK(Find("$IIMWV,271.0,R,000.2,N,A*3B").empty());
  CHECK(Find("$XXVPW,1.2,N,3.4,M").empty());
  CHECK(Find("$GPGGA,201716.684,,,,,0,00,,,M,0.0,M,,0000*5F").empty());
  // Grid northings and eastings, not degrees.
  CHECK(Find("$PTNL,PJK,202831.50,011112,+805083.350,N,+388997.346,E,10")
            .empty());
}

TEST_CASE("geo nmea: malformed fields", "[unit]") {
  CHECK(Find("x,4807,N,01131,E,").empty());
  CHECK(Find("x,4807.038,N,01131.000,Ex").empty());
  CHECK(Find("x4807.038,N,01131.000,E,").empty());
  CHECK(Find("x,48.07.038,N,01131.000,E,").empty());
  CHECK(Find("x,807.038,N,01131.000,E,").empty());
  CHECK(Find("x,4807.038,n,01131.000,e,").empty());
}

}  // namespace
}  // namespace logveil::confirm
