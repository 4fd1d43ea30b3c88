#include "validate/ipv6_address.h"

#include <arpa/inet.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "transform/token.h"

namespace logveil::validate {
namespace {

// The address's bytes in hex, or "invalid".
std::string Parsed(std::string_view text) {
  uint8_t bytes[16];
  if (!ParseIpv6Address(text, bytes)) return "invalid";
  std::string out;
  transform::AppendHex({reinterpret_cast<const char*>(bytes), sizeof bytes},
                       2 * sizeof bytes, out);
  return out;
}

TEST_CASE("ipv6 address: full, compressed and embedded IPv4 forms", "[unit]") {
  CHECK(Parsed("2001:0db8:85a3:0000:0000:8a2e:0370:7334") ==
        "20010db885a3000000008a2e03707334");
  CHECK(Parsed("2001:DB8::1") == "20010db8000000000000000000000001");
  CHECK(Parsed("::") == "00000000000000000000000000000000");
  CHECK(Parsed("::1") == "00000000000000000000000000000001");
  CHECK(Parsed("fe80::") == "fe800000000000000000000000000000");
  CHECK(Parsed("1:2:3:4:5:6:7::") == "00010002000300040005000600070000");
  CHECK(Parsed("::2:3:4:5:6:7:8") == "00000002000300040005000600070008");
  CHECK(Parsed("::ffff:192.0.2.1") == "00000000000000000000ffffc0000201");
  CHECK(Parsed("1:2:3:4:5:6:1.2.3.4") == "00010002000300040005000601020304");
  CHECK(Parsed("64:ff9b::0.0.0.0") == "0064ff9b000000000000000000000000");
}

TEST_CASE("ipv6 address: what inet_pton rejects", "[unit]") {
  for (const char* text : {"",
                           ":",
                           ":::",
                           "1:",
                           ":1",
                           "1::2::3",
                           "1:::2",
                           "12345::",
                           "1:2:3:4:5:6:7",
                           "1:2:3:4:5:6:7:8:9",
                           "1:2:3:4:5:6:7:8::",
                           "::1:2:3:4:5:6:7:8",
                           "1:2:3:4:5:6:7:1.2.3.4",
                           "::01.2.3.4",
                           "::1.2.3",
                           "::1.2.3.4.",
                           "::1.2.3.4:5",
                           "::256.1.1.1",
                           "::1..2.3",
                           "::a.b.c.d",
                           "1.2.3.4",
                           "::g",
                           "fe80::1%eth0",
                           " ::1",
                           "[::1]"}) {
    INFO(text);
    CHECK(Parsed(text) == "invalid");
  }
}

// A random address-like text: groups of 1-5 hex digits, often with a
// "::" or a dotted quad (octets up to 300, some with a leading zero), and
// sometimes one byte inserted, dropped or changed.
std::string RandomAddressText(std::mt19937& rng) {
  auto pick = [&](int n) { return int(rng() % unsigned(n)); };
  const char kHex[] = "0123456789abcdefABCDEF";
  const char kNoise[] = ":.0aF";
  std::vector<std::string> groups(size_t(1 + pick(9)));
  for (auto& group : groups) {
    for (int k = 1 + pick(5) - (pick(4) == 0 ? 0 : pick(2)); k > 0; --k) {
      group += kHex[pick(22)];
    }
  }
  if (pick(3) == 0) {
    groups.back().clear();
    for (int octet = 0; octet < 4; ++octet) {
      if (octet > 0) groups.back() += '.';
      groups.back() += (pick(8) == 0 ? "0" : "") + std::to_string(pick(301));
    }
  }
  std::string text;
  int gap = pick(2) == 0 ? pick(int(groups.size()) + 1) : -1;
  for (int k = 0; k < int(groups.size()); ++k) {
    if (k == gap)
      text += "::";
    else if (k > 0)
      text += ':';
    if (k != gap || pick(2) == 0) text += groups[size_t(k)];
  }
  if (gap == int(groups.size())) text += "::";
  if (pick(4) == 0 && !text.empty()) {
    size_t at = size_t(pick(int(text.size())));
    switch (pick(3)) {
      case 0:
        text.insert(at, 1, kNoise[pick(5)]);
        break;
      case 1:
        text.erase(at, 1);
        break;
      default:
        text[at] = kNoise[pick(5)];
    }
  }
  return text;
}

// The parse must agree with inet_pton on every text, valid or not.
TEST_CASE("ipv6 address: agrees with inet_pton on random texts", "[unit]") {
  std::mt19937 rng(7);
  int valid = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string text = RandomAddressText(rng);
    uint8_t expected[16];
    bool accepted = inet_pton(AF_INET6, text.c_str(), expected) == 1;
    uint8_t bytes[16];
    INFO(text);
    REQUIRE(ParseIpv6Address(text, bytes) == accepted);
    if (accepted) {
      ++valid;
      REQUIRE(std::memcmp(bytes, expected, sizeof bytes) == 0);
    }
  }
  CHECK(valid > 20000);  // both answers are common
  CHECK(valid < 180000);
}

}  // namespace
}  // namespace logveil::validate
