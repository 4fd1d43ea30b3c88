// Coordinates with hemisphere letters (confirm/geo_dms.h), found through
// the geo finder.
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

TEST_CASE("geo dms: each axis with minutes is one finding", "[unit]") {
  CHECK(Find("at 25°12'17.5\"N 55°16'14.8\"E now") ==
        Values{"25°12'17.5\"N", "55°16'14.8\"E"});
  CHECK(Find("40° 26′ 46″ N, 79° 58′ 56″ W") ==
        Values{"40° 26′ 46″ N", "79° 58′ 56″ W"});
  CHECK(Find("40°26′46″s, 79°58′56″e") == Values{"40°26′46″s", "79°58′56″e"});
  CHECK(Find("pos 25º12’17.5”N 55º16’14.8”E") ==
        Values{"25º12’17.5”N", "55º16’14.8”E"});
}

TEST_CASE("geo dms: letters, spaces and ASCII marks", "[unit]") {
  CHECK(Find("51 19m 12.9s N, 0 1m 24.95s E") ==
        Values{"51 19m 12.9s N", "0 1m 24.95s E"});
  CHECK(Find("25d 12m 17.5s N 55d 16m 14.8s E") ==
        Values{"25d 12m 17.5s N", "55d 16m 14.8s E"});
  CHECK(Find("23 26' 22\" N 23 27' 30\" E") ==
        Values{"23 26' 22\" N", "23 27' 30\" E"});
  CHECK(Find("UT: N 39°20' 0'' / W 74°35' 0''") ==
        Values{"N 39°20' 0''", "W 74°35' 0''"});
}

TEST_CASE("geo dms: degrees and decimal minutes", "[unit]") {
  CHECK(Find("fix 25°12.291'N 55°16.248'E") ==
        Values{"25°12.291'N", "55°16.248'E"});
  CHECK(Find("N 40° 26.767′ W 079° 58.933′") ==
        Values{"N 40° 26.767′", "W 079° 58.933′"});
}

TEST_CASE("geo dms: decimal degrees with letters are numbers", "[unit]") {
  CHECK(Find("41.5 N -81.0 W") == Values{"41.5", "-81.0"});
  CHECK(Find("-41.5 S;81.0 E") == Values{"-41.5", "81.0"});
  CHECK(Find("at 25.2048° N, 55.2708° E") == Values{"25.2048", "55.2708"});
  CHECK(Find("at 25.2048N 55.2708E") == Values{"25.2048", "55.2708"});
  CHECK(Find("25°N 55°E") == Values{"25", "55"});
  // Lower case, glued: only decimals make an axis ("3600s" is a duration).
  CHECK(Find("at 25.2048s 55.2708e") == Values{"25.2048", "55.2708"});
  CHECK(Find("at 25s 55e").empty());
  CHECK(Find("k8s 25.2048 55.2708e").empty());
  // Upper case, the letter may come first, even right after a number.
  CHECK(Find("id 5N 40.7128 W 74.0060") == Values{"40.7128", "74.0060"});
}

TEST_CASE("geo dms: an altitude may follow", "[unit]") {
  CHECK(Find("51 19m 12.9s N, -1 1m 24.95s E, 15000m") ==
        Values{"51 19m 12.9s N", "-1 1m 24.95s E", "15000m"});
}

TEST_CASE("geo dms: ranges of degrees, minutes and seconds", "[unit]") {
  CHECK(Find("90° 0′ 0″ S, 180° 0′ 0″ E") ==
        Values{"90° 0′ 0″ S", "180° 0′ 0″ E"});
  CHECK(Find("90° 0′ 1″ S, 180° 0′ 0″ E").empty());
  CHECK(Find("100° 26′ 46″ N, 79° 58′ 56″ W").empty());
  CHECK(Find("40° 89′ 46″ S, 79° 58′ 56″ E").empty());
  CHECK(Find("40° 26′ 46″ S, 79° 58′ 60″ E").empty());
  CHECK(Find("40° 26′ 46″ N, 181° 0′ 0″ W").empty());
}

TEST_CASE("geo dms: malformed axes", "[unit]") {
  // Decimal minutes followed by seconds; seconds without minutes.
  CHECK(Find("40° 26.445′ 45″ N, 79° 58′ 55.2″ E").empty());
  CHECK(Find("40° 46″ N, 79° 58′ 56″ W").empty());
  // Whole degrees without a mark are no axis.
  CHECK(Find("41 N 81 W").empty());
  CHECK(Find("25°12'17.5\"X 55°16'14.8\"E").empty());
  CHECK(Find("25°12'17.5\"No 55°16'14.8\"E").empty());
}

TEST_CASE("geo dms: a pair is needed, latitude first", "[unit]") {
  CHECK(Find("heading 25°12'17.5\"N only").empty());
  CHECK(Find("force 12.5 N").empty());
  CHECK(Find("motor 5.0 W, 12.5 N").empty());
  CHECK(Find("55°16'14.8\"E 25°12'17.5\"N").empty());
  CHECK(Find("25°12'17.5\"N 26°16'14.8\"S").empty());
}

TEST_CASE("geo dms: durations, temperatures and words", "[unit]") {
  CHECK(Find("took 1m 30s E").empty());
  CHECK(Find("uptime 3d 4h 5m 6s").empty());
  CHECK(Find("temp 25°C 30°C").empty());
  CHECK(Find("it's 5 s E").empty());
  CHECK(Find("c.e.auth 12.5 s.e 3.4").empty());
  CHECK(Find("v1.2 N 3.4 E").empty());
}

}  // namespace
}  // namespace logveil::confirm
