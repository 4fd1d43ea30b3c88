#include "detect/allow_list.h"

#include <catch2/catch.hpp>

namespace logveil::detect {
namespace {

AllowList Compile(const AllowListSpec& spec) {
  auto list = AllowList::Compile(spec);
  REQUIRE(list.ok());
  return std::move(list).value();
}

TEST_CASE("an empty allow-list allows nothing", "[unit]") {
  AllowList list = Compile({});
  CHECK(list.empty());
  CHECK_FALSE(list.Allows("IPV4", "10.0.0.1"));
}

TEST_CASE("allow-list by CIDR, per address family", "[unit]") {
  AllowListSpec spec;
  spec.cidrs = {"192.0.2.0/24", "10.0.0.0/8", "2001:db8::/32"};
  AllowList list = Compile(spec);
  CHECK(list.Allows("IPV4", "192.0.2.77"));
  CHECK(list.Allows("IPV4", "10.200.3.4"));
  CHECK_FALSE(list.Allows("IPV4", "192.0.3.1"));
  CHECK_FALSE(list.Allows("IPV4", "11.0.0.1"));
  CHECK(list.Allows("IPV6", "2001:db8::1"));
  CHECK(list.Allows("IPV6", "2001:DB8:ffff::%eth0"));
  CHECK_FALSE(list.Allows("IPV6", "2001:db9::1"));
  CHECK_FALSE(list.Allows("EMAIL", "10.0.0.1"));  // ranges are for IPs only
}

TEST_CASE("allow-list by value, regex, email domain and card BIN", "[unit]") {
  AllowListSpec spec;
  spec.values = {"noreply@example.com"};
  spec.regexes = {"svc-[a-z]+@corp\\.example"};
  spec.email_domains = {"ourco.com"};
  spec.card_bins = {"411111"};
  AllowList list = Compile(spec);
  CHECK(list.Allows("EMAIL", "noreply@example.com"));
  CHECK_FALSE(list.Allows("EMAIL", "reply@example.com"));
  CHECK(list.Allows("EMAIL", "svc-build@corp.example"));
  CHECK_FALSE(list.Allows("EMAIL", "x-svc-build@corp.example.org"));
  CHECK(list.Allows("EMAIL", "ops@OURCO.com"));
  CHECK(list.Allows("EMAIL", "ops@eu.ourco.com"));
  CHECK(list.Allows("EMAIL", "ops%40ourco.com"));
  CHECK_FALSE(list.Allows("EMAIL", "ops@notourco.com"));
  CHECK(list.Allows("CARD", "4111 1111 1111 1111"));
  CHECK_FALSE(list.Allows("CARD", "5555 5555 5555 4444"));
}

TEST_CASE("bad allow-list entries are config errors", "[unit]") {
  for (const char* cidr : {"10.0.0.0/33", "not-an-ip/8"}) {
    AllowListSpec spec;
    spec.cidrs = {cidr};
    CHECK_FALSE(AllowList::Compile(spec).ok());
  }
  AllowListSpec spec;
  spec.regexes = {"(unclosed"};
  CHECK_FALSE(AllowList::Compile(spec).ok());
}

}  // namespace
}  // namespace logveil::detect
