#include "confirm/ipv4.h"

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
  return testing::FoundValues(&FindIpv4, text);
}

Spans FindSpans(std::string_view text) {
  return testing::FoundSpans(&FindIpv4, text);
}

TEST_CASE("ipv4: reports the exact span of each dotted quad", "[unit]") {
  CHECK(FindSpans("client 10.0.0.1 connected") == Spans{{7, 15}});
  CHECK(FindSpans("192.168.1.254") == Spans{{0, 13}});
  CHECK(FindSpans("a 1.2.3.4 b 255.255.255.255") == Spans{{2, 9}, {12, 27}});
  CHECK(Find("IPv4: 192.168.1.1, IPv6: 2001:db8::1") == Values{"192.168.1.1"});
}

TEST_CASE("ipv4: a port or prefix stays outside the finding", "[unit]") {
  CHECK(Find("client 10.0.0.1:8080 connected") == Values{"10.0.0.1"});
  CHECK(Find("route 10.0.0.0/8 via eth0") == Values{"10.0.0.0"});
  CHECK(Find("192.168.1.0/24") == Values{"192.168.1.0"});
  CHECK(Find("hdfs://10.10.34.11:9000/pjhe") == Values{"10.10.34.11"});
  CHECK(Find("Factory:0.0.0.0/0.0.0.0:2181") == Values{"0.0.0.0", "0.0.0.0"});
}

TEST_CASE("ipv4: punctuation around the address is not part of it", "[unit]") {
  CHECK(Find("(192.168.1.1)") == Values{"192.168.1.1"});
  CHECK(Find("IP: 192.168.1.1.") == Values{"192.168.1.1"});
  CHECK(Find("192.168.1.1,10.0.0.1") == Values{"192.168.1.1", "10.0.0.1"});
  CHECK(Find("[client 10.0.0.5] Directory") == Values{"10.0.0.5"});
  CHECK(Find("{\"ip\":\"172.18.0.7\"}") == Values{"172.18.0.7"});
  CHECK(Find("from /10.250.19.102:54106") == Values{"10.250.19.102"});
  CHECK(Find("192.168.2.1@eth0") == Values{"192.168.2.1"});
  CHECK(Find("Scheduler@10.10.34.11:48069") == Values{"10.10.34.11"});
  CHECK(Find("|106.31.73.20|") == Values{"106.31.73.20"});
}

TEST_CASE("ipv4: octets range over 0-255 with up to three digits", "[unit]") {
  CHECK(Find("0.0.0.0") == Values{"0.0.0.0"});
  CHECK(Find("255.255.255.255") == Values{"255.255.255.255"});
  CHECK(Find("010.001.000.255") == Values{"010.001.000.255"});
  CHECK(Find("256.1.1.1").empty());
  CHECK(Find("192.168.1.256").empty());
  CHECK(Find("300.168.1.1").empty());
  CHECK(Find("0200.200.200.200").empty());
  CHECK(Find("1.2.3.9999").empty());
}

TEST_CASE("ipv4: needs exactly four parts", "[unit]") {
  CHECK(Find("my ip: 192.168.0").empty());
  CHECK(Find("127.1").empty());
  CHECK(Find("Version 1.2.3").empty());
  CHECK(Find("192.168..1").empty());
}

TEST_CASE("ipv4: no part of a longer dotted number is reported", "[unit]") {
  CHECK(Find("1.2.3.4.5").empty());
  CHECK(Find("127.0.0.0.1").empty());
  CHECK(Find("kernel 6.1.7601.17514 loaded").empty());
  CHECK(Find("192.168.1.1.1").empty());
  CHECK(Find("10.1.2.3.4.5.6.7.8").empty());
  CHECK(Find("1.2.3.4.5 and 10.0.0.1") == Values{"10.0.0.1"});
  // A dotted name after the quad is fine: reverse DNS, hostnames.
  CHECK(Find("4.3.2.1.in-addr.arpa") == Values{"4.3.2.1"});
  CHECK(Find("dsl-static-10.1.2.3.example.net") == Values{"10.1.2.3"});
}

TEST_CASE("ipv4: Windows component ids are not addresses", "[unit]") {
  CHECK(Find("Package_for_KB3121255~31bf3856ad364e35~amd64~~6.1.1.0, "
             "ApplicableState: 112")
            .empty());
  CHECK(Find("build 10.0.19041.1").empty());
  CHECK(Find("v1.2.3.4").empty());
  CHECK(Find("V1.2.3.4").empty());
  // A version word before a quad is the pattern entry's context, applied
  // after the finder (tests/unit/detect/context_filter_test.cc).
  CHECK(Find("version 1.2.3.4") == Values{"1.2.3.4"});
}

TEST_CASE("ipv4: the quad must not be glued to a word", "[unit]") {
  CHECK(Find("IP192.168.1.1text").empty());
  CHECK(Find("text192.168.1.1").empty());
  CHECK(Find("192.168.1.1text").empty());
  CHECK(Find("ip_10.0.0.1").empty());
  CHECK(Find("10.0.0.1_x").empty());
}

TEST_CASE("ipv4: a bare dashed host name is not an address", "[unit]") {
  CHECK(Find("Jul  1 09:00:55 calvisitor-10-105-160-95 kernel[0]:").empty());
  CHECK(Find("hostname ip-172-31-5-10 booted").empty());
}

TEST_CASE("ipv4: a dashed quad in a qualified host name is", "[unit]") {
  CHECK(Find("rhost=adsl-70-242-75-179.dsl.ksc2mo.swbell.net") ==
        Values{"70-242-75-179"});
  CHECK(Find("for customer-187-141-143-180-sta.uninet-ide.com.mx [x]") ==
        Values{"187-141-143-180"});
  CHECK(Find("82-68-222-195.dsl.in-addr.zen.co.uk") == Values{"82-68-222-195"});
  CHECK(Find("dsl-082-083-227-067.arcor-ip.net") == Values{"082-083-227-067"});
  CHECK(Find("rhost=ec2-54-12-34-56.compute-1.amazonaws.com") ==
        Values{"54-12-34-56"});
  CHECK(FindSpans("(lns-vlq-45-tou-82-252-162-81.adsl.proxad.net)") ==
        Spans{{16, 29}});
}

TEST_CASE("ipv4: dashed quads that are no host name part are skipped",
          "[unit]") {
  CHECK(Find("node10-0-0-1.example.com").empty());  // "node10" is a label
  CHECK(Find("a-10-0-0-1-5.example.com").empty());  // five parts
  CHECK(Find("a-1-2-3-256.example.com").empty());
  CHECK(Find("x.10-0-0-1.example.com").empty());
  CHECK(Find("a-10-0-0-1-2b.example").empty());
  CHECK(Find("a-10-0-0-1.5").empty());
  CHECK(Find("2005-06-03-15.42.50.675872").empty());
  CHECK(Find("tel 1-212-555-0100.").empty());
}

TEST_CASE("ipv4: addresses after '@' are found", "[unit]") {
  CHECK(Find("ConnectorWithSafeStartup@0.0.0.0:50060") == Values{"0.0.0.0"});
}

TEST_CASE("ipv4: a quad inside an IPv6 address is reported too", "[unit]") {
  // Overlap resolution gives the whole span to network.ipv6 (priority 65).
  CHECK(FindSpans("::ffff:1.2.3.4") == Spans{{7, 14}});
}

TEST_CASE("ipv4: never crosses a newline or reads past the text", "[unit]") {
  CHECK(Find("10.0.0.1\n10.0.0.2") == Values{"10.0.0.1", "10.0.0.2"});
  CHECK(Find("10.0.\n0.1").empty());
  CHECK(Find("10.0.0.").empty());
  CHECK(Find(".").empty());
  CHECK(Find("").empty());
  std::string with_nul("10.0.0.1\0.evil.com", 18);
  CHECK(Find(with_nul) == Values{"10.0.0.1"});
  CHECK(Find("\xff\xfe 10.0.0.1 \xc3\xa9") == Values{"10.0.0.1"});
}

TEST_CASE("ipv4: appends to the caller's vector", "[unit]") {
  std::vector<ByteRange> ranges = {{0, 1}};
  FindIpv4("x 10.0.0.1", FindOptions{}, ranges);
  CHECK(ranges == std::vector<ByteRange>{{0, 1}, {2, 10}});
}

}  // namespace
}  // namespace logveil::confirm
