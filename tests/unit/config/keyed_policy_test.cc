// The policy file's keyed and format-aware actions: options, and key
// binding when actions are resolved.
#include <catch2/catch.hpp>

#include "config/policy_file.h"

namespace logveil::config {
namespace {

std::vector<detect::Detector> Detectors() {
  std::vector<detect::Detector> detectors(3);
  detectors[0] = {"contact.email", "EMAIL", "contact", 70};
  detectors[1] = {"network.ipv4", "IPV4", "network", 60};
  detectors[2] = {"location.coordinates", "GEO", "location", 55};
  return detectors;
}

ActionKeys TestKeys() {
  ActionKeys keys;
  keys.hash = transform::NamedKey{"h1", transform::SecretKey("hash secret")};
  keys.encrypt =
      transform::NamedKey{"e1", transform::SecretKey("encrypt secret")};
  return keys;
}

TEST_CASE("pseudonymize, generalize and encrypt read their options", "[unit]") {
  auto policy = ParsePolicy(
      "p.yaml",
      "actions:\n"
      "  EMAIL: {pseudonymize: {email_domain: pseudonymize, tenant: acme,\n"
      "          card_luhn: true, card_keep_iin: false,\n"
      "          phone_keep_valid: false}}\n"
      "  network: {pseudonymize: {ipv4_keep_bits: 16, ipv6_keep_bits: 48}}\n"
      "  GEO: {generalize: {decimals: 3, ipv4_prefix: 16}}\n"
      "  default: encrypt\n");
  REQUIRE(policy.ok());
  auto table = ResolveActions(policy.value(), Detectors(), TestKeys());
  REQUIRE(table.ok());
  auto email = std::get<transform::PseudonymizeAction>(table.value()[0]);
  CHECK_FALSE(email.email_keep_domain);
  CHECK(email.tenant == "acme");
  CHECK(email.keys->tenant == "acme");
  CHECK(email.keys->hash.id == "h1");
  CHECK(email.card_luhn);
  CHECK_FALSE(email.card_keep_iin);
  CHECK_FALSE(email.phone_keep_valid);
  auto ip = std::get<transform::PseudonymizeAction>(table.value()[1]);
  CHECK(ip.ipv4_keep_bits == 16);
  CHECK(ip.ipv6_keep_bits == 48);
  auto geo = std::get<transform::GeneralizeAction>(table.value()[2]);
  CHECK(geo.decimals == 3);
  CHECK(geo.ipv4_prefix == 16);
}

TEST_CASE("the command-line tenant fills in where the policy has none",
          "[unit]") {
  auto policy = ParsePolicy("p.yaml",
                            "actions:\n  EMAIL: {hash: {tenant: own}}\n"
                            "  default: encrypt\n");
  REQUIRE(policy.ok());
  ActionKeys keys = TestKeys();
  keys.tenant = "cli";
  auto table = ResolveActions(policy.value(), Detectors(), keys);
  REQUIRE(table.ok());
  CHECK(std::get<transform::HashAction>(table.value()[0]).tenant == "own");
  auto encrypt = std::get<transform::EncryptAction>(table.value()[1]);
  CHECK(encrypt.key->tenant == "cli");
  CHECK(encrypt.key->id == "e1");
}

TEST_CASE("keyed actions without their key are refused", "[unit]") {
  for (const char* action : {"hash", "pseudonymize", "encrypt"}) {
    auto policy = ParsePolicy(
        "p.yaml", std::string("actions: {network: ") + action + "}\n");
    REQUIRE(policy.ok());
    ActionKeys keys = TestKeys();
    (std::string_view(action) == "encrypt" ? keys.encrypt : keys.hash).reset();
    auto table = ResolveActions(policy.value(), Detectors(), keys);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::kConfig);
    CHECK(table.error().message.find("network.ipv4 needs a key") !=
          std::string::npos);
  }
}

TEST_CASE("bad options of the new actions name file and line", "[unit]") {
  auto check = [](const char* yaml, const std::string& message) {
    auto policy = ParsePolicy("p.yaml", yaml);
    REQUIRE_FALSE(policy.ok());
    CHECK(policy.error().message == message);
  };
  check("actions:\n  IPV4: {pseudonymize: {ipv4_keep_bits: 33}}\n",
        "p.yaml:2: must be between 0 and 32");
  check("actions:\n  EMAIL: {pseudonymize: {email_domain: drop}}\n",
        "p.yaml:2: email_domain is keep or pseudonymize");
  check("actions:\n  GEO: {generalize: {digits: 2}}\n",
        "p.yaml:2: unknown key 'digits'");
  check("actions:\n  EMAIL: {encrypt: {tenant: ''}}\n",
        "p.yaml:2: a tenant is a non-empty string without NUL bytes");
}

}  // namespace
}  // namespace logveil::config
