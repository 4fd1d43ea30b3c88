#include "config/policy_file.h"

#include <catch2/catch.hpp>

namespace logveil::config {
namespace {

std::vector<detect::Detector> Detectors() {
  std::vector<detect::Detector> detectors(3);
  detectors[0] = {"contact.email", "EMAIL", "contact", 70};
  detectors[1] = {"payment.card_number", "CARD", "payment", 80};
  detectors[2] = {"network.ipv4", "IPV4", "network", 60};
  return detectors;
}

TEST_CASE("an empty policy redacts everything", "[unit]") {
  auto policy = ParsePolicy("p.yaml", "");
  REQUIRE(policy.ok());
  auto table = ResolveActions(policy.value(), Detectors(), {});
  REQUIRE(table.ok());
  for (const auto& action : table.value()) {
    CHECK(std::holds_alternative<transform::RedactAction>(action));
  }
}

TEST_CASE("the most specific action rule wins", "[unit]") {
  auto policy = ParsePolicy("p.yaml",
                            "actions:\n"
                            "  contact.email: keep\n"
                            "  EMAIL: mask\n"
                            "  payment: {mask: {keep_last: 2, char: '#'}}\n"
                            "  default: hash\n");
  REQUIRE(policy.ok());
  ActionKeys keys;
  keys.hash = transform::NamedKey{"k1", transform::SecretKey("key")};
  auto table = ResolveActions(policy.value(), Detectors(), keys);
  REQUIRE(table.ok());
  CHECK(std::holds_alternative<transform::KeepAction>(table.value()[0]));
  auto mask = std::get<transform::MaskAction>(table.value()[1]);
  CHECK(mask.keep_last == 2);
  CHECK(mask.mask_char == '#');
  CHECK(std::get<transform::HashAction>(table.value()[2]).key.secret.bytes() ==
        "key");
}

TEST_CASE("hash without a key is refused", "[unit]") {
  auto policy = ParsePolicy("p.yaml", "actions: {network: hash}\n");
  REQUIRE(policy.ok());
  auto table = ResolveActions(policy.value(), Detectors(), {});
  REQUIRE_FALSE(table.ok());
  CHECK(table.error().code == ErrorCode::kConfig);
}

TEST_CASE("detector selection by include and exclude globs", "[unit]") {
  auto policy =
      ParsePolicy("p.yaml",
                  "detectors:\n  include: ['network.*', contact.email]\n"
                  "  exclude: [network.ipv6]\n");
  REQUIRE(policy.ok());
  std::vector<catalog::PatternSpec> specs(4);
  specs[0].id = "network.ipv4";
  specs[1].id = "network.ipv6";
  specs[2].id = "contact.email";
  specs[3].id = "contact.phone";
  auto selected = SelectSpecs(policy.value(), specs);
  REQUIRE(selected.size() == 2);
  CHECK(selected[0]->id == "network.ipv4");
  CHECK(selected[1]->id == "contact.email");
}

TEST_CASE("policy errors name the file and line", "[unit]") {
  auto check = [](const char* yaml, const std::string& message) {
    auto policy = ParsePolicy("p.yaml", yaml);
    REQUIRE_FALSE(policy.ok());
    CHECK(policy.error().message == message);
  };
  check("actions:\n  EMAIL: shred\n",
        "p.yaml:2: unknown action 'shred' (expected redact, mask, hash, "
        "pseudonymize, generalize, encrypt or keep)");
  check("detector:\n  include: []\n", "p.yaml:1: unknown key 'detector'");
  check("actions:\n  CARD: {mask: {keep_last: -1}}\n",
        "p.yaml:2: must be between 0 and 64");
  check("actions: [\n", "p.yaml:2: end of sequence flow not found");
}

}  // namespace
}  // namespace logveil::config
