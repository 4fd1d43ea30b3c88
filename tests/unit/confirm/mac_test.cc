#include "confirm/mac.h"

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
  return testing::FoundValues(&FindMacs, text);
}

Spans FindSpans(std::string_view text) {
  return testing::FoundSpans(&FindMacs, text);
}

TEST_CASE("mac: reports the exact span in each of the three forms", "[unit]") {
  CHECK(FindSpans("My MAC address is 00:1A:2B:3C:4D:5E") == Spans{{18, 35}});
  CHECK(FindSpans("hw 00-1a-2b-3c-4d-5e up") == Spans{{3, 20}});
  CHECK(FindSpans("Cisco MAC: 0012.3456.789A") == Spans{{11, 25}});
  CHECK(Find("MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FF") ==
        Values{"00:11:22:33:44:55", "AA-BB-CC-DD-EE-FF"});
}

TEST_CASE("mac: any case, also mixed", "[unit]") {
  CHECK(Find("0a:23:f5:67:89:ac") == Values{"0a:23:f5:67:89:ac"});
  CHECK(Find("0d-B3-4a-6A-d9-cF") == Values{"0d-B3-4a-6A-d9-cF"});
  CHECK(Find("aabb.ccdd.eeff") == Values{"aabb.ccdd.eeff"});
}

TEST_CASE("mac: broadcast and all-zero addresses count", "[unit]") {
  // Presidio scores these as negatives; a MAC-shaped value is redacted
  // whatever its bits say.
  CHECK(Find("Broadcast: FF:FF:FF:FF:FF:FF") == Values{"FF:FF:FF:FF:FF:FF"});
  CHECK(Find("HWaddr 00:00:00:00:00:00") == Values{"00:00:00:00:00:00"});
}

TEST_CASE("mac: keys and punctuation around the address stay outside",
          "[unit]") {
  CHECK(Find("mac:00:1a:2b:3c:4d:5e") == Values{"00:1a:2b:3c:4d:5e"});
  CHECK(Find("host-00-1a-2b-3c-4d-5e") == Values{"00-1a-2b-3c-4d-5e"});
  CHECK(Find("bssid 5c:50:15:4c:18:13, last RSSI -64") ==
        Values{"5c:50:15:4c:18:13"});
  CHECK(Find("Paired devices = ( \"84-41-67-32-db-e1\" )") ==
        Values{"84-41-67-32-db-e1"});
  CHECK(Find("from 00:11:43:e3:ba:c3 via eth1:") ==
        Values{"00:11:43:e3:ba:c3"});
  CHECK(Find("link 00:1a:2b:3c:4d:5e: up") == Values{"00:1a:2b:3c:4d:5e"});
  CHECK(Find("My MAC is 0012.3456.789a.") == Values{"0012.3456.789a"});
  CHECK(Find("[00:1a:2b:3c:4d:5e]") == Values{"00:1a:2b:3c:4d:5e"});
  CHECK(Find("00:11:22:33:44:55,66:77:88:99:aa:bb") ==
        Values{"00:11:22:33:44:55", "66:77:88:99:aa:bb"});
}

TEST_CASE("mac: the separator must be consistent", "[unit]") {
  CHECK(Find("10:2F:33-AC-29-C3").empty());
  CHECK(Find("01-02 03:04 05 ab").empty());
  CHECK(Find("0102.03:04.05ab").empty());
  CHECK(Find("900f/dffs/sdea").empty());
}

TEST_CASE("mac: six or eight groups of two hex digits", "[unit]") {
  CHECK(Find("Not a MAC: 00:1A:2B:3C:4D").empty());
  CHECK(Find("01:02:03:04:05:06:07").empty());
  CHECK(Find("01:02:03:04:05:06:07:08:09").empty());
  CHECK(Find("1:2:3:4:5:6").empty());
  CHECK(Find("001:02:03:04:05:06").empty());
  CHECK(Find("Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ").empty());
  CHECK(Find("AB:CD:EF:GH:01:02").empty());
  CHECK(Find("01:02:03:04::ab").empty());
  CHECK(Find("abababababab").empty());
}

TEST_CASE("mac: EUI-64 in colon, dash and dotted forms", "[unit]") {
  CHECK(Find("eui ab:ab:ab:ab:ab:ab:ab:ab") ==
        Values{"ab:ab:ab:ab:ab:ab:ab:ab"});
  CHECK(FindSpans("node 01-02-03-04-05-06-07-ab up") == Spans{{5, 28}});
  CHECK(Find("0102.0304.0506.07ab") == Values{"0102.0304.0506.07ab"});
  CHECK(Find("0102.0304.0506.0708").empty());
}

TEST_CASE("mac: netfilter's MAC= field is one finding", "[unit]") {
  // Destination, source and ethertype: fourteen groups.
  CHECK(FindSpans("OUT= MAC=00:16:3e:be:83:37:d1:e5:fa:b5:28:84:08:00 SRC=") ==
        Spans{{9, 50}});
  CHECK(Find("00:16:3e:be:83:37:d1:e5:fa:b5:28:84:08:00:01").empty());
}

TEST_CASE("mac: space-separated pairs with a hex letter and a digit",
          "[unit]") {
  CHECK(FindSpans("got A9 C5 D4 9F EB D3 from client") == Spans{{4, 21}});
  CHECK(Find("{\"mac\":\"01 02 03 04 05 ab\"}") == Values{"01 02 03 04 05 ab"});
  CHECK(Find("A9 C5 D4 9F EB D3 B6 65") == Values{"A9 C5 D4 9F EB D3 B6 65"});
  CHECK(Find("mac: 01 02 03 04 05 06 07 ab") ==
        Values{"01 02 03 04 05 06 07 ab"});
  // Lists of numbers and words of hex letters.
  CHECK(Find("10 20 30 40 50 60").empty());
  CHECK(Find("ab cd ef ab cd ef").empty());
}

TEST_CASE("mac: rows of hex dumps are not MACs", "[unit]") {
  CHECK(Find("00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a  |Hello world.|")
            .empty());
  CHECK(Find("00000010  72 6c 64 0a 0b 0c              |rld...|").empty());
  CHECK(Find("0010: 48 65 6c 6c 6f 0a").empty());
  CHECK(Find("000000 48 65 6c 6c 6f 0a").empty());
  CHECK(Find("Code: 48 89 e5 41 57 41 56 41 55 41 54 53 48 83 ec 08").empty());
  CHECK(Find("can0  123   [8]  11 22 33 44 55 66 77 8a").empty());
  CHECK(Find("data fe 48 65 6c 6c 6f 0a").empty());
  CHECK(Find("48 65 6c 6c 6f 0a 0d0a").empty());
}

TEST_CASE("mac: six groups out of a longer run are not a MAC", "[unit]") {
  CHECK(Find("ssh2: RSA 39:33:99:e9:a0:dc:f2:33:a3:e5:72:3b:7c:3a:56:8f")
            .empty());
  CHECK(
      Find("into the database: FF:F2:9F:16:EB:27:00:0D:60:E9:14:D8 i").empty());
  CHECK(Find("aa:bb:cc:dd:ee:ff::1").empty());
  CHECK(Find("1::aa:bb:cc:dd:ee:ff").empty());
  CHECK(Find("0-00-11-22-33-44-55").empty());
  CHECK(Find("00-11-22-33-44-55-abcd").empty());
  CHECK(Find("0102.0304.0506.07ab.0102").empty());
}

TEST_CASE("mac: the address must not be glued to a word", "[unit]") {
  CHECK(Find("x00:1a:2b:3c:4d:5e").empty());
  CHECK(Find("00:1a:2b:3c:4d:5eff").empty());
  CHECK(Find("00:1a:2b:3c:4d:5e_x").empty());
  CHECK(Find("g0012.3456.789a").empty());
}

TEST_CASE("mac: dotted names and decimal dotted fours are not Cisco MACs",
          "[unit]") {
  CHECK(Find("host.001a.2b3c.4d5e").empty());
  CHECK(Find("001a.2b3c.4d5e.example.com").empty());
  CHECK(Find("release 2019.0101.1234").empty());
  CHECK(Find("1234.5678.9012").empty());
}

TEST_CASE("mac: times and IPv6 addresses are not MACs", "[unit]") {
  CHECK(Find("Time 12:34:56").empty());
  CHECK(Find("20171223-22:15:29:606|Step").empty());
  CHECK(Find("fe80::217:f2ff:fe07:ed62").empty());
  CHECK(Find("2001:db8:85a3:0:0:8a2e:370:7334").empty());
}

TEST_CASE("mac: never crosses a newline or reads past the text", "[unit]") {
  CHECK(Find("00:1a:2b:3c:4d:5e\n00-1a-2b-3c-4d-5e") ==
        Values{"00:1a:2b:3c:4d:5e", "00-1a-2b-3c-4d-5e"});
  CHECK(Find("00:1a:2b\n:3c:4d:5e").empty());
  CHECK(Find("00:1a:2b:3c:4d:5").empty());
  CHECK(Find("001a.2b3c.4d5").empty());
  CHECK(Find(":").empty());
  CHECK(Find("").empty());
  std::string with_nul("00:1a:2b:3c:4d:5e\0x", 19);
  CHECK(Find(with_nul) == Values{"00:1a:2b:3c:4d:5e"});
}

TEST_CASE("mac: appends to the caller's vector", "[unit]") {
  std::vector<ByteRange> ranges = {{0, 1}};
  FindMacs("x 00:1a:2b:3c:4d:5e", FindOptions{}, ranges);
  CHECK(ranges == std::vector<ByteRange>{{0, 1}, {2, 19}});
}

}  // namespace
}  // namespace logveil::confirm
