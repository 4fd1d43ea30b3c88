// Pseudonyms of addresses (IPv4, IPv6, MAC, email): format validity, prefix
// and vendor preservation, determinism, key and tenant separation.
#include "transform/pseudonymize.h"

#include <arpa/inet.h>

#include <catch2/catch.hpp>
#include <random>

#include "pseudonym_test_support.h"
#include "transform/ip_text.h"

namespace logveil::transform {
namespace {

using testing::Pseudonym;
using testing::TestAction;
using testing::WholeFindingLabel;

bool ParsesAs(int family, const std::string& text) {
  unsigned char buffer[16];
  return inet_pton(family, text.c_str(), buffer) == 1;
}

std::string RandomIpv4(std::mt19937_64& random) {
  std::string text;
  for (int i = 0; i < 4; ++i) {
    if (i > 0) text.push_back('.');
    text += std::to_string(random() % 256);
  }
  return text;
}

std::string RandomIpv6(std::mt19937_64& random) {
  Ip16 address;
  for (auto& byte : address) byte = static_cast<uint8_t>(random());
  char text[INET6_ADDRSTRLEN];
  inet_ntop(AF_INET6, address.data(), text, sizeof(text));
  return text;
}

TEST_CASE("every IP pseudonym parses back as an IP of its family", "[unit]") {
  auto action = TestAction();
  std::mt19937_64 random(1);
  for (int i = 0; i < 500; ++i) {
    std::string v4 = RandomIpv4(random), v6 = RandomIpv6(random);
    std::string p4 = Pseudonym(action, "IPV4", v4);
    std::string p6 = Pseudonym(action, "IPV6", v6);
    INFO(v4 << " -> " << p4 << ", " << v6 << " -> " << p6);
    CHECK(ParsesAs(AF_INET, p4));
    CHECK(ParsesAs(AF_INET6, p6));
    CHECK(WholeFindingLabel(p4) == "IPV4");
    CHECK(p4 != v4);
  }
}

TEST_CASE("IP pseudonyms preserve prefixes and can keep N bits", "[unit]") {
  auto action = TestAction();
  std::string a = Pseudonym(action, "IPV4", "10.1.2.3");
  std::string b = Pseudonym(action, "IPV4", "10.1.2.200");
  std::string c = Pseudonym(action, "IPV4", "10.1.99.3");
  CHECK(a.substr(0, a.rfind('.')) == b.substr(0, b.rfind('.')));
  CHECK(a.substr(0, a.rfind('.')) != c.substr(0, c.rfind('.')));
  action.ipv4_keep_bits = 16;
  CHECK(Pseudonym(action, "IPV4", "10.1.2.3").starts_with("10.1."));
  action.ipv6_keep_bits = 32;
  CHECK(Pseudonym(action, "IPV6", "2001:db8:85a3::7334")
            .starts_with("2001:db8:"));
}

TEST_CASE("IPv4 and IPv4-mapped IPv6 share one pseudonym", "[unit]") {
  auto action = TestAction();
  std::string v4 = Pseudonym(action, "IPV4", "192.0.2.1");
  CHECK(Pseudonym(action, "IPV6", "::ffff:192.0.2.1") == "::ffff:" + v4);
}

TEST_CASE("IP pseudonyms keep the written style", "[unit]") {
  auto action = TestAction();
  std::string full = Pseudonym(action, "IPV6", "0:0:0:0:0:0:0:1");
  CHECK(std::count(full.begin(), full.end(), ':') == 7);
  CHECK(full.find("::") == std::string::npos);
  std::string upper =
      Pseudonym(action, "IPV6", "FE80:0000:0000:0000:C0B0:00FF:FECD:000F");
  CHECK(upper.size() == 39);
  CHECK(upper.find_first_of("abcdef") == std::string::npos);
  std::string zoned = Pseudonym(action, "IPV6", "fe80::1%eth0");
  CHECK(zoned.starts_with("fe80::"));  // link-local stays link-local
  CHECK(zoned.ends_with("%eth0"));
  CHECK(ParsesAs(AF_INET6, zoned.substr(0, zoned.find('%'))));
}

TEST_CASE("pseudonyms are keyed, tenant-separated and deterministic",
          "[unit]") {
  auto one = TestAction("one"), two = TestAction("two");
  auto acme = TestAction("one", "acme");
  for (auto [label, value] : {std::pair{"IPV4", "203.0.113.42"},
                              {"IPV6", "2001:db8::1"},
                              {"EMAIL", "alice@example.com"},
                              {"MAC", "00:1a:2b:3c:4d:5e"},
                              {"PHONE", "+44 20 7946 0958"},
                              {"CARD", "4111 1111 1111 1111"}}) {
    INFO(label);
    std::string p = Pseudonym(one, label, value);
    CHECK(p == Pseudonym(TestAction("one"), label, value));
    CHECK(p != Pseudonym(two, label, value));
    CHECK(p != Pseudonym(acme, label, value));
    CHECK(p != value);
  }
}

TEST_CASE("email pseudonyms are valid emails with the domain kept", "[unit]") {
  auto action = TestAction();
  for (const char* value :
       {"alice.smith@example.com", "Bob.Jones+logs@Mail.Example.ORG",
        "JOHN.DOE@EXAMPLE.CO.UK", "first_last-1@sub.dept.example.com"}) {
    std::string p = Pseudonym(action, "EMAIL", value);
    INFO(value << " -> " << p);
    std::string_view domain =
        std::string_view(value).substr(std::string_view(value).find('@'));
    CHECK(p.size() == 24 + domain.size());
    CHECK(p.ends_with(domain));
    CHECK(WholeFindingLabel(p) == "EMAIL");
  }
  CHECK(Pseudonym(action, "EMAIL", "john%40example.com")
            .ends_with("%40example.com"));
}

TEST_CASE("email domains can be pseudonymized too", "[unit]") {
  auto action = TestAction();
  action.email_keep_domain = false;
  std::string a = Pseudonym(action, "EMAIL", "alice@mail.example.co.uk");
  std::string b = Pseudonym(action, "EMAIL", "bob@MAIL.example.co.uk");
  INFO(a << " " << b);
  std::string domain = a.substr(a.find('@'));
  CHECK(domain.size() == 1 + 13 + 3);  // @d<12 hex>.uk
  CHECK(b.ends_with(domain));          // one organisation, one domain
  CHECK(WholeFindingLabel(a) == "EMAIL");
}

TEST_CASE("an email pseudonym is recognized and left alone", "[unit]") {
  auto action = TestAction();
  for (bool keep_domain : {true, false}) {
    action.email_keep_domain = keep_domain;
    std::string once = Pseudonym(action, "EMAIL", "alice@example.com");
    CHECK(Pseudonym(action, "EMAIL", once) == once);
    // Only the key holder's pseudonyms: another key maps it again.
    CHECK(Pseudonym(TestAction("other"), "EMAIL", once) != once);
    // A forged or altered tag is no pseudonym.
    std::string altered = once;
    altered[20] = altered[20] == '0' ? '1' : '0';
    CHECK(Pseudonym(action, "EMAIL", altered) != altered);
  }
  std::string hex_user = "0123456789abcdef01234567@example.com";
  CHECK(Pseudonym(action, "EMAIL", hex_user) != hex_user);
}

TEST_CASE("MAC pseudonyms keep the OUI, separators and case", "[unit]") {
  auto action = TestAction();
  for (const char* value : {"00:1a:2b:3c:4d:5e", "AA-BB-CC-DD-EE-FF",
                            "0012.3456.789A", "5c:50:15:4c:18:13"}) {
    std::string p = Pseudonym(action, "MAC", value);
    INFO(value << " -> " << p);
    CHECK(p.size() == std::string_view(value).size());
    CHECK(p.substr(0, 7) == std::string_view(value).substr(0, 7));
    CHECK(p != value);
    CHECK(WholeFindingLabel(p) == "MAC");
  }
  CHECK(Pseudonym(action, "MAC", "AA-BB-CC-DD-EE-FF").find_first_of("abcdef") ==
        std::string::npos);
  CHECK(Pseudonym(action, "MAC", "FF:FF:FF:FF:FF:FF") == "FF:FF:FF:FF:FF:FF");
  CHECK(Pseudonym(action, "MAC", "00:00:00:00:00:00") == "00:00:00:00:00:00");
}

TEST_CASE("types without a format fall back, GEO is rounded", "[unit]") {
  auto action = TestAction();
  std::string iban = Pseudonym(action, "IBAN", "DE89370400440532013000");
  CHECK(iban.starts_with("[IBAN:k1:"));
  CHECK(iban.size() == 9 + 12 + 1);
  CHECK(Pseudonym(action, "GEO", "25.2048") == "25.20");
  CHECK(Pseudonym(action, "IPV4", "not an ip").starts_with("[IPV4:k1:"));
}

}  // namespace
}  // namespace logveil::transform
