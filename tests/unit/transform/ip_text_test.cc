#include "transform/ip_text.h"

#include <catch2/catch.hpp>

namespace logveil::transform {
namespace {

// Parses `text` and writes its own address back in its own style.
std::string RoundTrip(const std::string& text) {
  IpText ip;
  REQUIRE(ParseIpText(text, ip));
  std::string out;
  AppendIpText(ip.address, ip, out);
  return out;
}

TEST_CASE("addresses come back in the style they were written", "[unit]") {
  for (const char* text :
       {"10.0.0.1", "010.000.000.001", "255.255.255.255", "2001:db8::1",
        "2001:DB8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "0:0:0:0:0:0:0:1", "::ffff:192.168.1.1", "::FFFF:10.0.0.1",
        "fe80::1%eth0", "::1%0",
        "2001:db8::", "::", "FE80:0000:0000:0000:C0B0:00FF:FECD:000F",
        "1:2:3:4:5:6:7:8", "187-141-143-180", "082-083-227-067"}) {
    CHECK(RoundTrip(text) == text);
  }
}

TEST_CASE("IPv4 is kept as IPv4-mapped bytes", "[unit]") {
  IpText ip;
  REQUIRE(ParseIpText("192.0.2.1", ip));
  CHECK(ip.ipv4);
  CHECK(IsIpv4Mapped(ip.address));
  CHECK(ip.address[12] == 192);
  CHECK(ip.address[15] == 1);
  REQUIRE(ParseIpText("::ffff:192.0.2.1", ip));
  CHECK_FALSE(ip.ipv4);
  CHECK(IsIpv4Mapped(ip.address));
}

TEST_CASE("compression follows RFC 5952 on the new value", "[unit]") {
  IpText style;
  REQUIRE(ParseIpText("2001:db8::1", style));
  Ip16 address{};
  address[0] = 0x20;
  address[1] = 0x01;
  address[5] = 1;  // 2001:0:1:0:0:0:0:0 -> the longest zero run goes
  std::string out;
  AppendIpText(address, style, out);
  CHECK(out == "2001:0:1::");
  // A lone zero group is not compressed; without two zeros, no "::".
  for (auto& byte : address) byte = 0x11;
  address[4] = address[5] = 0;
  out.clear();
  AppendIpText(address, style, out);
  CHECK(out == "1111:1111:0:1111:1111:1111:1111:1111");
}

TEST_CASE("non-addresses are refused", "[unit]") {
  IpText ip;
  for (const char* text : {"", "1.2.3", "1.2.3.256", "1.2.3.4.5", "1..2.3",
                           "a.b.c.d", "2001::db8::1", "12:34:56"}) {
    INFO(text);
    CHECK_FALSE(ParseIpText(text, ip));
  }
}

}  // namespace
}  // namespace logveil::transform
