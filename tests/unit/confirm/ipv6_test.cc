#include "confirm/ipv6.h"

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
  return testing::FoundValues(&FindIpv6, text);
}

Spans FindSpans(std::string_view text) {
  return testing::FoundSpans(&FindIpv6, text);
}

// Each of these must be found as the whole string.
bool IsWhole(std::string_view text) {
  return Find(text) == Values{std::string(text)};
}

TEST_CASE("ipv6: reports the exact span of each address", "[unit]") {
  CHECK(FindSpans("Server IP: 2001:db8::1") == Spans{{11, 22}});
  CHECK(FindSpans("src=::1 dst=fe80::1") == Spans{{4, 7}, {12, 19}});
  CHECK(Find("IPs: 192.168.1.1, 10.0.0.1, 2001:db8::1") ==
        Values{"2001:db8::1"});
}

TEST_CASE("ipv6: every RFC 4291 text form", "[unit]") {
  CHECK(IsWhole("2001:0db8:85a3:0000:0000:8a2e:0370:7334"));
  CHECK(IsWhole("2001:db8:85a3:0:0:8a2e:370:7334"));
  CHECK(IsWhole("2001:db8:85a3::8a2e:370:7334"));
  CHECK(IsWhole("1:2:3:4:5:6:7:8"));
  CHECK(IsWhole("0:0:0:0:0:0:0:0"));
  CHECK(IsWhole("::"));
  CHECK(IsWhole("::1"));
  CHECK(IsWhole("1::"));
  CHECK(IsWhole("fe80::"));
  CHECK(IsWhole("::2:3:4:5:6:7:8"));
  CHECK(IsWhole("1:2:3:4:5:6:7::"));
  CHECK(IsWhole("::abef"));
  CHECK(IsWhole("2400:c401::5054:ff:fe1b:b031"));
}

TEST_CASE("ipv6: embedded IPv4 forms", "[unit]") {
  CHECK(IsWhole("::ffff:1.2.3.4"));
  CHECK(IsWhole("::ffff:0:192.168.1.1"));
  CHECK(IsWhole("::10.0.0.1"));
  CHECK(IsWhole("64:ff9b::192.0.2.1"));
  CHECK(IsWhole("0:0:0:0:0:FFFF:129.144.52.38"));
  CHECK(IsWhole("1111:2222:3333:4444:5555:6666:123.123.123.123"));
  CHECK(IsWhole("fe80::217:f2ff:254.7.237.98"));
  CHECK(Find("::ffff:256.0.0.1").empty());
  CHECK(Find("::ffff:192.168.1").empty());
  CHECK(Find("2001:db8::256.1.1.1").empty());
  CHECK(Find("1111:2222:3333:4444:5555:6666:1.2.3.4.5").empty());
  CHECK(Find("::ffff:192.168.0.01").empty());
}

TEST_CASE("ipv6: any case", "[unit]") {
  CHECK(IsWhole("2001:DB8::8:800:200C:417A"));
  CHECK(IsWhole("FE80:0000:0000:0000:C0B0:00FF:FECD:000F"));
  CHECK(IsWhole("2345:0425:2CA1::0567:5673:23b5"));
  CHECK(IsWhole("::FFFF:10.0.0.1"));
  // One case per group: a group in both reads as a name ("Cafe::Bad").
  CHECK(Find("Fe80::1").empty());
  CHECK(Find("2001:Db8::1").empty());
}

TEST_CASE("ipv6: zone ids of scoped addresses belong to the finding",
          "[unit]") {
  CHECK(Find("fe80::1%eth0") == Values{"fe80::1%eth0"});
  CHECK(Find("W3SVC1 MACHINE-NAME ::1%0 GET /") == Values{"::1%0"});
  CHECK(Find("ff02::5678%pvc1.3") == Values{"ff02::5678%pvc1.3"});
  CHECK(Find("ff08::9abc%interface10") == Values{"ff08::9abc%interface10"});
  CHECK(Find("via fe80::1%en0.") == Values{"fe80::1%en0"});
  CHECK(Find("[fe80::1%eth0]:22") == Values{"fe80::1%eth0"});
  CHECK(Find("fe80::1%25eth0") == Values{"fe80::1%25eth0"});
}

TEST_CASE("ipv6: a zone id on a global address stays outside", "[unit]") {
  // RFC 4007: zones qualify non-global addresses; "%2C" is a URL escape.
  CHECK(Find("2001:db8::%1") == Values{"2001:db8::"});
  CHECK(Find("ip=2001:db8::1%2C&x=1") == Values{"2001:db8::1"});
  CHECK(Find("fe80::1234%") == Values{"fe80::1234"});
}

TEST_CASE("ipv6: brackets and ports stay in clear", "[unit]") {
  CHECK(FindSpans("Connect to [2001:db8::1]:8080") == Spans{{12, 23}});
  CHECK(Find("Visit http://[2001:db8::1]/path") == Values{"2001:db8::1"});
  CHECK(Find("[::ffff:192.168.1.1]:80") == Values{"::ffff:192.168.1.1"});
  CHECK(Find("listening on [::]:8080") == Values{"::"});
}

TEST_CASE("ipv6: Java's unbracketed full form keeps its port in clear",
          "[unit]") {
  CHECK(Find("QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:QuorumCnxManager") ==
        Values{"0:0:0:0:0:0:0:0"});
  CHECK(Find("/2001:db8:0:0:0:0:0:1:8080") == Values{"2001:db8:0:0:0:0:0:1"});
  CHECK(Find("1:2:3:4:5:6:7:8:9") == Values{"1:2:3:4:5:6:7:8"});
  CHECK(Find("1:2:3:4:5:6:7:8:123456").empty());
  CHECK(Find("/0:0:0:0:0:0:0:1:218a").empty());  // a ninth group, no port
}

TEST_CASE("ipv6: a CIDR prefix stays in clear", "[unit]") {
  CHECK(Find("Prefix: 2001:db8::/32") == Values{"2001:db8::"});
  CHECK(Find("::1/128") == Values{"::1"});
  CHECK(Find("::/0") == Values{"::"});
  CHECK(Find("::ffff:192.168.1.0/96") == Values{"::ffff:192.168.1.0"});
  CHECK(Find("2001:db8::/9999") == Values{"2001:db8::"});
}

TEST_CASE("ipv6: sentence punctuation stays outside", "[unit]") {
  CHECK(Find("Server IP: 2400:c401::5054:ff:fe1b:b031.") ==
        Values{"2400:c401::5054:ff:fe1b:b031"});
  CHECK(Find("from 2001:db8::1: connection refused") == Values{"2001:db8::1"});
  CHECK(Find("'2001:db8::1'") == Values{"2001:db8::1"});
  CHECK(Find("(fe80::1),") == Values{"fe80::1"});
  CHECK(Find("SSH to user@2001:db8::1") == Values{"2001:db8::1"});
  CHECK(Find("1111:2222::5555:") == Values{"1111:2222::5555"});
  CHECK(Find(":1111::5555") == Values{"1111::5555"});
}

TEST_CASE("ipv6: a key glued by one colon is not part of the address",
          "[unit]") {
  CHECK(Find("ip:2001:db8::1") == Values{"2001:db8::1"});
  CHECK(Find("src:fe80::1") == Values{"fe80::1"});
  CHECK(Find("interface:fe80::1") == Values{"fe80::1"});
  CHECK(Find("v6(en0:2601:646:8201::1) DNS") == Values{"2601:646:8201::1"});
  CHECK(Find("ipv6:2001:db8::1") == Values{"2001:db8::1"});
}

TEST_CASE("ipv6: an address glued to a word is rejected", "[unit]") {
  CHECK(Find("fe80::1text").empty());
  CHECK(Find("text2001:db8::1").empty());
  CHECK(Find("foo2001:db8::10.0.0.1").empty());
  CHECK(Find("text::ffff:192.0.2.1").empty());
}

TEST_CASE("ipv6: times are not addresses", "[unit]") {
  CHECK(Find("Time 12:34:56").empty());
  CHECK(Find("at 12:34:56.789 INFO").empty());
  CHECK(Find("2023-01-01T12:34:56.789Z").empty());
  CHECK(Find("[22/May/2021:02:22:22 +0000]").empty());
  CHECK(Find("20171223-22:15:29:606|Step_LSC").empty());
  CHECK(Find("2016-09-28 04:30:31, Info").empty());
}

TEST_CASE("ipv6: MACs and byte dumps are not addresses", "[unit]") {
  CHECK(Find("MAC address aa:bb:cc:dd:ee:ff").empty());
  CHECK(Find("00:1a:2b:3c:4d:5e").empty());
  CHECK(Find("RSA 39:33:99:e9:a0:dc:f2:33:a3:e5:72:3b:7c:3a:56:8f").empty());
  CHECK(Find("wwn 50:06:01:60:3b:e0:2a:4f").empty());
  CHECK(Find("FF:F2:9F:16:EB:27:00:0D:60:E9:14:D8").empty());
}

TEST_CASE("ipv6: C++ scopes and separators are not addresses", "[unit]") {
  CHECK(Find("std::cout").empty());
  CHECK(Find("MyClass::toString").empty());
  CHECK(Find("Foo::Bar::baz").empty());
  CHECK(Find("xa::by").empty());
  CHECK(Find("CCFile::captureLogRun").empty());
  CHECK(Find("AppleCamIn::systemWake").empty());
  CHECK(Find("IdoTransportMgr::SendPacket").empty());
  CHECK(Find("Cafe::Bad").empty());
  CHECK(Find("a::b").empty());
  CHECK(Find("dead::beef face::bad").empty());
  CHECK(Find("2021-01-01 :: INFO :: started").empty());
  CHECK(Find("x :: Int").empty());
  CHECK(Find(":: leading").empty());
  CHECK(Find("first line\n:: leading").empty());
  CHECK(Find("(sid:0 cport:-1)::PrepRequest").empty());
}

TEST_CASE("ipv6: a bare '::' outside separator use is the unspecified address",
          "[unit]") {
  CHECK(Find("Use local ipv6 ::") == Values{"::"});
  CHECK(Find("src=:: dst=::1") == Values{"::", "::1"});
}

TEST_CASE("ipv6: malformed addresses are rejected whole", "[unit]") {
  CHECK(Find("2001::db8::1").empty());
  CHECK(Find("2001::25de::cade").empty());
  CHECK(Find("12345:db8::1").empty());
  CHECK(Find("gggg:hhhh::1234").empty());
  CHECK(Find("684D:1111:222:3333:4444:5555:77").empty());
  CHECK(Find("1:2:3:4:5:6:7").empty());
  CHECK(Find("2001:0000:1234:0000:00001:C1C0:ABCD:0876").empty());
  CHECK(Find("1111:2222:3333:4444:5555:6666:7777:8888:9999:1").empty());
  CHECK(Find(":::").empty());
  CHECK(Find("Ratio 1:2:3:4").empty());
  CHECK(Find("Port 80:443").empty());
  CHECK(Find("abc:def:ghi").empty());
  CHECK(Find("file:///path/to/file").empty());
  CHECK(Find("1.2.3.4:1111:2222::5555").empty());
  CHECK(Find("::ffff:10.0.0.1:8080").empty());
}

TEST_CASE("ipv6: never crosses a newline or reads past the text", "[unit]") {
  CHECK(Find("fe80::1\n::1") == Values{"fe80::1", "::1"});
  CHECK(Find("fe80:\n:1").empty());
  CHECK(Find(":").empty());
  CHECK(Find("").empty());
  CHECK(Find("fe80::1%") == Values{"fe80::1"});
  std::string with_nul("::1\0x", 5);
  CHECK(Find(with_nul) == Values{"::1"});
  std::string long_run(200, ':');
  CHECK(Find(long_run).empty());
}

TEST_CASE("ipv6: appends to the caller's vector", "[unit]") {
  std::vector<ByteRange> ranges = {{0, 1}};
  FindIpv6("x ::1", FindOptions{}, ranges);
  CHECK(ranges == std::vector<ByteRange>{{0, 1}, {2, 5}});
}

}  // namespace
}  // namespace logveil::confirm
