#include "detect/reverse_dns.h"

#include <catch2/catch.hpp>

namespace logveil::detect {
namespace {

// Marks one finding spanning `value` at the start of `text`.
bool Marked(std::string_view text, std::string_view value,
            Encoding encoding = Encoding::kNone) {
  std::vector<Finding> findings = {{0, {0, value.size()}, encoding}};
  MarkReverseDns(text, findings);
  return findings[0].reverse_dns;
}

constexpr std::string_view kNibbles =
    "7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b.d.0.1.0.0.2";

TEST_CASE("reverse DNS: quads before in-addr.arpa are marked", "[unit]") {
  CHECK(Marked("3.2.1.10.in-addr.arpa IN PTR", "3.2.1.10"));
  CHECK(Marked("3.2.1.10.IN-ADDR.ARPA.", "3.2.1.10"));
  CHECK(Marked(std::string(kNibbles) + ".ip6.arpa", kNibbles));
  CHECK(Marked(std::string(kNibbles) + ".IP6.ARPA", kNibbles));
}

TEST_CASE("reverse DNS: other suffixes and shapes are not marked", "[unit]") {
  CHECK_FALSE(Marked("10.1.2.3 in-addr.arpa", "10.1.2.3"));
  CHECK_FALSE(Marked("10.1.2.3.in-addr.arp", "10.1.2.3"));
  CHECK_FALSE(Marked("10.1.2.3.example.com", "10.1.2.3"));
  CHECK_FALSE(Marked("10.1.2.3", "10.1.2.3"));
  CHECK_FALSE(Marked("10-1-2-3.in-addr.arpa", "10-1-2-3"));
  CHECK_FALSE(Marked("10.1.2.3.ip6.arpa", "10.1.2.3"));
  CHECK_FALSE(Marked("2001:db8::1.ip6.arpa", "2001:db8::1"));
  CHECK_FALSE(Marked(std::string(kNibbles) + ".in-addr.arpa", kNibbles));
  // A finding from a decoded view keeps its escapes' meaning only.
  CHECK_FALSE(Marked("3.2.1.10.in-addr.arpa", "3.2.1.10", Encoding::kPercent));
}

}  // namespace
}  // namespace logveil::detect
