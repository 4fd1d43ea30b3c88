#include "transform/canonical.h"

#include <catch2/catch.hpp>

namespace logveil::transform {
namespace {

struct Case {
  std::string_view label;
  std::string_view value;
  std::string_view canonical;
};

// Each type's other notations, then values left as written: not of the
// type, or of a type with no canonical form.
// National phone numbers are read in the first of these where valid.
const std::vector<std::string> kRegions = {"US", "GB"};

constexpr Case kCases[] = {
    {"IPV4", "10.1.2.3", "10.1.2.3"},
    {"IPV4", "10-1-2-3", "10.1.2.3"},
    {"IPV4", "010.001.002.003", "10.1.2.3"},
    {"IPV6", "2001:DB8:0:0:0:0:0:1", "2001:db8::1"},
    {"IPV6", "2001:0db8::0001", "2001:db8::1"},
    {"IPV6", "fe80::1%eth0", "fe80::1%eth0"},
    {"IPV6", "::FFFF:0102:0304", "::ffff:1.2.3.4"},
    {"IPV6", "1:0:0:2:0:0:0:3", "1:0:0:2::3"},
    {"MAC", "00:1A:2B:3C:4D:5E", "00:1a:2b:3c:4d:5e"},
    {"MAC", "00-1a-2b-3c-4d-5e", "00:1a:2b:3c:4d:5e"},
    {"MAC", "001a.2b3c.4d5e", "00:1a:2b:3c:4d:5e"},
    {"MAC", "001A2B3C4D5E", "00:1a:2b:3c:4d:5e"},
    {"CARD", "4111 1111 1111 1111", "4111111111111111"},
    {"CARD", "4111-1111-1111-1111", "4111111111111111"},
    {"PHONE", "+1 (415) 555-0123", "+14155550123"},
    {"PHONE", "415.555.0123", "+14155550123"},
    {"PHONE", "(415) 555-0123", "+14155550123"},
    {"PHONE", "tel:+14155550123", "+14155550123"},
    {"PHONE", "001 415 555 0123", "+14155550123"},
    {"PHONE", "020 7946 0318", "+442079460318"},
    {"PHONE", "+44 (0)20 7946 0318", "+442079460318"},
    {"PHONE", "+39 06 6982 4417", "+390669824417"},
    {"EMAIL", "Jane.Doe@Example.COM", "Jane.Doe@example.com"},
    {"IPV4", "not-an-ip", "not-an-ip"},
    {"MAC", "00:1a:2b:3c:4d:5", "00:1a:2b:3c:4d:5"},
    {"MAC", "00_1a_2b_3c_4d_5e", "00_1a_2b_3c_4d_5e"},
    {"PHONE", "123-4567", "1234567"},
    {"PHONE", "555-0123 x12", "555-0123 x12"},
    {"GEO", "52.5200, 13.4050", "52.5200, 13.4050"},
    {"IBAN", "DE89 3704", "DE89 3704"},
    {"IPV6", "7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b.d.0.1.0.0",
     "7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b.d.0.1.0.0"},
};

TEST_CASE("canonical forms of values for hashing", "[unit]") {
  for (const Case& c : kCases) {
    INFO(c.label << " " << c.value);
    std::string scratch;
    CHECK(CanonicalValue(c.label, c.value, kRegions, scratch) == c.canonical);
  }
}

}  // namespace
}  // namespace logveil::transform
