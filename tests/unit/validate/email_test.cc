#include "validate/email.h"

#include <catch2/catch.hpp>
#include <string>

namespace logveil::validate {
namespace {

TEST_CASE("email: splits at the last '@', or else at the last %40", "[unit]") {
  EmailParts parts;
  REQUIRE(SplitEmail("alice@example.com", parts));
  CHECK(parts.local == "alice");
  CHECK(parts.separator == "@");
  CHECK(parts.domain == "example.com");
  REQUIRE(SplitEmail("\"joe@bloggs\"@example.com", parts));
  CHECK(parts.local == "\"joe@bloggs\"");
  REQUIRE(SplitEmail("13957525385%40163.com@p28-contacts.icloud.com", parts));
  CHECK(parts.local == "13957525385%40163.com");
  REQUIRE(SplitEmail("john%40example.com", parts));
  CHECK(parts.separator == "%40");
  CHECK(parts.domain == "example.com");
  CHECK_FALSE(SplitEmail("@example.com", parts));
  CHECK_FALSE(SplitEmail("example.com", parts));
}

TEST_CASE("email: host names end in a known or a non-ASCII TLD", "[unit]") {
  CHECK(IsPlausibleEmail("alice@example.com"));
  CHECK(IsPlausibleEmail("JOHN.DOE@EXAMPLE.CO.UK"));
  CHECK(IsPlausibleEmail("a@xn--d1acufc.xn--p1ai"));
  CHECK(IsPlausibleEmail("user@caf\xc3\xa9.com"));
  CHECK(
      IsPlausibleEmail("\xec\x8b\xa4\xeb\xa1\x80@\xec\x8b\xa4\xeb\xa1\x80."
                       "\xed\x85\x8c\xec\x8a\xa4\xed\x8a\xb8"));
  CHECK_FALSE(IsPlausibleEmail("icon@2x.png"));
  CHECK_FALSE(IsPlausibleEmail("lodash@4.17.21"));
  CHECK_FALSE(IsPlausibleEmail("user@localhost"));
  CHECK_FALSE(IsPlausibleEmail("test@io"));
  CHECK_FALSE(IsPlausibleEmail("test@iana.a"));
  CHECK_FALSE(IsPlausibleEmail("x@example.xn--notatld"));
}

TEST_CASE("email: RFC 5321 lengths", "[unit]") {
  std::string local64(64, 'a');
  std::string label63(63, 'b');
  CHECK(IsPlausibleEmail(local64 + "@example.com"));
  CHECK_FALSE(IsPlausibleEmail(local64 + "a@example.com"));
  CHECK(IsPlausibleEmail("a@" + label63 + ".com"));
  CHECK_FALSE(IsPlausibleEmail("a@" + label63 + "b.com"));
  std::string domain;
  for (int i = 0; i < 4; ++i) domain += label63 + ".";
  CHECK_FALSE(IsPlausibleEmail("a@" + domain + "com"));  // 256 bytes
  CHECK_FALSE(IsPlausibleEmail("a@example..com"));
}

TEST_CASE("email: address literals hold a valid address", "[unit]") {
  CHECK(IsPlausibleEmail("joe.bloggs@[127.0.0.1]"));
  CHECK(IsPlausibleEmail("joe.bloggs@[IPv6:::1]"));
  CHECK(IsPlausibleEmail("joe@[ipv6:2001:db8::1]"));
  CHECK(IsPlausibleEmail("joe@[IPv6:1:2:3:4:5:6:7:8]"));
  CHECK(IsPlausibleEmail("joe@[IPv6:::ffff:192.0.2.1]"));
  CHECK_FALSE(IsPlausibleEmail("joe.bloggs@[127.0.0.300]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[1.2.3]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[1.2.3.4.5]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[IPv6:1:2:3:4:5:6:7:8:9]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[IPv6:1::2::3]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[IPv6:12345::1]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[IPv6:1:2:3:4:5:6:7]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[RFC-5322-domain-literal]"));
  CHECK_FALSE(IsPlausibleEmail("joe@[]"));
}

TEST_CASE("email: dots and hyphens are not judged", "[unit]") {
  // Typos of an address are personal data all the same.
  CHECK(IsPlausibleEmail("first..last@iana.org"));
  CHECK(IsPlausibleEmail("test.@iana.org"));
  CHECK(IsPlausibleEmail("a@-b.com"));
}

}  // namespace
}  // namespace logveil::validate
