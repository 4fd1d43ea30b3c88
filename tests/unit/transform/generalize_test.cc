#include "transform/generalize.h"

#include <catch2/catch.hpp>

namespace logveil::transform {
namespace {

std::string Generalize(std::string_view label, std::string_view value,
                       GeneralizeAction action = {}) {
  std::string out;
  AppendGeneralized(action, label, value, out);
  return out;
}

TEST_CASE("coordinates round to N decimals in their own format", "[unit]") {
  CHECK(Generalize("GEO", "25.2048") == "25.20");
  CHECK(Generalize("GEO", "55.2708") == "55.27");
  CHECK(Generalize("GEO", "-33.8688") == "-33.87");
  CHECK(Generalize("GEO", "+151.2093") == "+151.21");
  CHECK(Generalize("GEO", "-0.1246") == "-0.12");
  CHECK(Generalize("GEO", "9.995") == "10.00");
  CHECK(Generalize("GEO", "-179.9999") == "-180.00");
  CHECK(Generalize("GEO", "25.20") == "25.20");  // no more decimals: as is
  CHECK(Generalize("GEO", "25.2") == "25.2");
  CHECK(Generalize("GEO", "40.7411", {.decimals = 3}) == "40.741");
  CHECK(Generalize("GEO", "40.7411", {.decimals = 0}) == "41");
  CHECK(Generalize("GEO", "40.4999", {.decimals = 0}) == "40");
  CHECK(Generalize("GEO", "not.a.number") == "[GEO]");
}

TEST_CASE("coordinates that are not decimal degrees are redacted", "[unit]") {
  CHECK(Generalize("GEO", "4807.038") == "[GEO]");   // NMEA ddmm.mmm
  CHECK(Generalize("GEO", "01131.000") == "[GEO]");  // NMEA dddmm.mmm
  CHECK(Generalize("GEO", "25°12'17.5\"N") == "[GEO]");
  CHECK(Generalize("GEO", "51 19m 12.9s N") == "[GEO]");
  CHECK(Generalize("GEO", "2.5km") == "[GEO]");  // an altitude
  CHECK(Generalize("GEO", "-122.4194") == "-122.42");
  CHECK(Generalize("GEO", "90") == "90");
}

TEST_CASE("geohashes keep the cell of the rounding", "[unit]") {
  CHECK(Generalize("GEO", "u33dc0cppjs7") == "u33dc");
  CHECK(Generalize("GEO", "9q8yyk8y", {.decimals = 3}) == "9q8yyk8");
  CHECK(Generalize("GEO", "9q8yyk8y", {.decimals = 0}) == "9q8");
  CHECK(Generalize("GEO", "DR5REGW3") == "DR5RE");
  // Not geohashes: a letter outside the alphabet, too short, no letter.
  CHECK(Generalize("GEO", "u33dc0cppjsa") == "[GEO]");
  CHECK(Generalize("GEO", "u33dc") == "[GEO]");
  CHECK(Generalize("GEO", "523702160") == "[GEO]");
}

TEST_CASE("rounding is idempotent", "[unit]") {
  for (const char* value : {"25.2048", "-33.8688", "9.995", "0.0050"}) {
    std::string once = Generalize("GEO", value);
    CHECK(Generalize("GEO", once) == once);
  }
}

TEST_CASE("IP addresses are truncated to a prefix", "[unit]") {
  CHECK(Generalize("IPV4", "203.0.113.42") == "203.0.113.0");
  CHECK(Generalize("IPV4", "203.0.113.42", {.ipv4_prefix = 16}) == "203.0.0.0");
  CHECK(Generalize("IPV4", "010.001.002.003") == "010.001.002.000");
  CHECK(Generalize("IPV6", "2001:db8:85a3::8a2e:370:7334") ==
        "2001:db8:85a3::");
  CHECK(Generalize("IPV6", "2001:0DB8:85A3:0000:0000:8A2E:0370:7334") ==
        "2001:0DB8:85A3:0000:0000:0000:0000:0000");
  CHECK(Generalize("IPV6", "2001:db8:85a3::1", {.ipv6_prefix = 32}) ==
        "2001:db8::");
  CHECK(Generalize("IPV6", "fe80::1:2%eth0") == "fe80::%eth0");
  // An IPv4-mapped address is truncated as the IPv4 it is.
  CHECK(Generalize("IPV6", "::ffff:10.1.2.3") == "::ffff:10.1.2.0");
  std::string once = Generalize("IPV6", "2001:db8:85a3::8a2e:370:7334");
  CHECK(Generalize("IPV6", once) == once);
}

TEST_CASE("types without a coarser form are redacted", "[unit]") {
  CHECK(Generalize("EMAIL", "a@example.com") == "[EMAIL]");
  CHECK(Generalize("CARD", "4111111111111111") == "[CARD]");
}

}  // namespace
}  // namespace logveil::transform
