// The `json:` section of policy files (config/policy_file.cc).
#include <catch2/catch.hpp>

#include "config/policy_file.h"

namespace logveil::json {
namespace {

TEST_CASE("the json section is read into a JsonPolicy", "[unit][json]") {
  auto policy = config::ParsePolicy("p.yaml", R"(
json:
  defaults: false
  fail_closed: true
  allow: [ts, 'http.*']
  scan_numbers: false
  geo_fields: false
  max_depth: 12
  fields:
    - {path: user.email, action: drop}
    - {path: '**.token', action: redact, label: TOKEN}
    - {path: message, action: scan, detectors: ['contact.*']}
)");
  REQUIRE(policy.ok());
  const JsonPolicy& json = policy.value().json;
  CHECK_FALSE(json.default_fields);
  CHECK(json.fail_closed);
  CHECK(json.allow == std::vector<std::string>{"ts", "http.*"});
  CHECK_FALSE(json.scan_numbers);
  CHECK_FALSE(json.geo_fields);
  CHECK(json.max_depth == 12);
  REQUIRE(json.fields.size() == 3);
  CHECK(json.fields[0].path == "user.email");
  CHECK(json.fields[0].action == FieldAction::kDrop);
  CHECK(json.fields[1].label == "TOKEN");
  CHECK(json.fields[2].detectors == std::vector<std::string>{"contact.*"});
}

TEST_CASE("defaults hold without a json section", "[unit][json]") {
  auto policy = config::ParsePolicy("p.yaml", "detectors: {exclude: []}\n");
  REQUIRE(policy.ok());
  CHECK(policy.value().json.default_fields);
  CHECK_FALSE(policy.value().json.fail_closed);
  CHECK(policy.value().json.max_depth == 64);
}

TEST_CASE("json section errors name the file and line", "[unit][json]") {
  auto check = [](const char* yaml, const char* message) {
    auto policy = config::ParsePolicy("p.yaml", yaml);
    REQUIRE_FALSE(policy.ok());
    INFO(policy.error().message);
    CHECK(policy.error().message.find(message) != std::string::npos);
  };
  check("json:\n  fields:\n    - {path: a, action: shred}\n",
        "p.yaml:3: unknown json field action 'shred'");
  check("json:\n  fields:\n    - {action: drop}\n",
        "needs 'path' and 'action'");
  check("json:\n  fields:\n    - {path: a, action: drop, detectors: [x]}\n",
        "'detectors' goes with action 'scan'");
  check("json:\n  colour: blue\n", "p.yaml:2: unknown key 'colour'");
  check("json:\n  max_depth: 0\n", "must be at least 1");
  check("json:\n  fields: {a: drop}\n", "'fields' must be a list");
}

}  // namespace
}  // namespace logveil::json
