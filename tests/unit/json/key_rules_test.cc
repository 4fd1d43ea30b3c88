#include "json/key_rules.h"

#include <catch2/catch.hpp>

#include "catalog/catalog.h"

namespace logveil::json {
namespace {

const detect::DetectorSet& Detectors() {
  static const detect::DetectorSet* detectors = [] {
    auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    std::vector<const catalog::PatternSpec*> specs;
    for (const auto& spec : catalog.value().specs()) specs.push_back(&spec);
    auto set = detect::DetectorSet::Compile(specs, {});
    REQUIRE(set.ok());
    return new detect::DetectorSet(std::move(set).value());
  }();
  return *detectors;
}

FieldRule Rule(std::string path, FieldAction action = FieldAction::kRedact) {
  FieldRule rule;
  rule.path = std::move(path);
  rule.action = action;
  return rule;
}

// Returns the rule matching the value at `path`: keys, and "[]" for an
// array index, from the root.
int MatchPath(const JsonRules& rules, std::vector<std::string> path) {
  std::vector<uint64_t> states((path.size() + 1) *
                               std::max<size_t>(1, rules.state_words()));
  size_t words = rules.state_words();
  rules.Start(states.data());
  int rule = -1;
  for (size_t i = 0; i < path.size(); ++i) {
    PathStep step{path[i], path[i] == "[]"};
    if (step.index) step.key = {};
    rule = rules.Match(states.data() + i * words, step,
                       states.data() + (i + 1) * words);
  }
  return rule;
}

JsonRules Compile(std::vector<FieldRule> fields, bool defaults = false) {
  JsonPolicy policy;
  policy.fields = std::move(fields);
  policy.default_fields = defaults;
  auto rules = JsonRules::Compile(policy, Detectors(), nullptr);
  REQUIRE(rules.ok());
  return std::move(rules).value();
}

TEST_CASE("a bare key glob matches at any depth, any case", "[unit][json]") {
  auto rules = Compile({Rule("password"), Rule("*_token")});
  CHECK(MatchPath(rules, {"password"}) == 0);
  CHECK(MatchPath(rules, {"user", "Password"}) == 0);
  CHECK(MatchPath(rules, {"a", "[]", "PASSWORD"}) == 0);
  CHECK(MatchPath(rules, {"refresh_token"}) == 1);
  CHECK(MatchPath(rules, {"x", "Access_Token"}) == 1);
  CHECK(MatchPath(rules, {"passwords"}) == -1);
  CHECK(MatchPath(rules, {"token"}) == -1);
}

TEST_CASE("paths match from the root with index wildcards and **",
          "[unit][json]") {
  auto rules =
      Compile({Rule("user.email"), Rule("items[*].phone"), Rule("**.token"),
               Rule("[*].id"), Rule("labels.k8s?pod")});
  CHECK(MatchPath(rules, {"user", "email"}) == 0);
  CHECK(MatchPath(rules, {"x", "user", "email"}) == -1);
  CHECK(MatchPath(rules, {"user"}) == -1);
  CHECK(MatchPath(rules, {"items", "[]", "phone"}) == 1);
  CHECK(MatchPath(rules, {"items", "phone"}) == -1);
  CHECK(MatchPath(rules, {"token"}) == 2);
  CHECK(MatchPath(rules, {"a", "[]", "b", "token"}) == 2);
  CHECK(MatchPath(rules, {"[]", "id"}) == 3);
  CHECK(MatchPath(rules, {"id"}) == -1);
  // '?' matches the '.' inside a key such as "k8s.pod".
  CHECK(MatchPath(rules, {"labels", "k8s.pod"}) == 4);
}

TEST_CASE("the first matching rule wins, defaults come last", "[unit][json]") {
  auto rules = Compile({Rule("user.name", FieldAction::kKeep)}, true);
  int kept = MatchPath(rules, {"user", "name"});
  REQUIRE(kept == 0);
  CHECK(rules.rule(kept).action == FieldAction::kKeep);
  int redacted = MatchPath(rules, {"service", "name"});
  REQUIRE(redacted > 0);
  CHECK(rules.rule(redacted).action == FieldAction::kRedact);
  CHECK(rules.rule(redacted).token == "\"[NAME]\"");
  for (const char* key :
       {"password",   "passwd",    "secret",    "token",      "authorization",
        "api_key",    "cookie",    "name",      "first_name", "last_name",
        "full_name",  "device_id", "imei",      "android_id", "Authorization",
        "IMEI",       "deviceId",  "firstName", "LastName",   "accessToken",
        "displayName"}) {
    INFO(key);
    CHECK(MatchPath(rules, {"a", key}) > 0);
  }
  CHECK(MatchPath(rules, {"username"}) == -1);
  CHECK(MatchPath(rules, {"device"}) == -1);
  CHECK(MatchPath(rules, {"email"}) == -1);
}

TEST_CASE("postal address keys redact to their own label", "[unit][json]") {
  auto rules = Compile({}, true);
  for (const char* key : {"street", "billing_address", "shippingAddress",
                          "address_line1", "AddressLine2", "address1"}) {
    INFO(key);
    int rule = MatchPath(rules, {"customer", key});
    REQUIRE(rule >= 0);
    CHECK(rules.rule(rule).action == FieldAction::kRedact);
    CHECK(rules.rule(rule).token == "\"[ADDRESS]\"");
  }
  CHECK(MatchPath(rules, {"address"}) == -1);
  CHECK(MatchPath(rules, {"remote_address"}) == -1);
}

TEST_CASE("three-letter national id keys redact to their own label",
          "[unit][json]") {
  auto rules = Compile({}, true);
  for (const char* key : {"cpf", "DNI", "nif", "bsn", "tin"}) {
    INFO(key);
    int rule = MatchPath(rules, {"person", key});
    REQUIRE(rule >= 0);
    CHECK(rules.rule(rule).token == "\"[NATIONAL_ID]\"");
  }
  CHECK(MatchPath(rules, {"tins"}) == -1);
}

TEST_CASE("name keys after a word for a person are names", "[unit][json]") {
  auto rules = Compile({}, true);
  for (const char* key : {"customer_name", "userDisplayName", "PatientLastName",
                          "billing_first_name", "driverFullName"}) {
    INFO(key);
    int rule = rules.MatchPersonName(key);
    REQUIRE(rule >= 0);
    CHECK(rules.rule(rule).token == "\"[NAME]\"");
  }
  for (const char* key :
       {"user_name", "userName", "account_name", "client_name",
        "appDisplayName", "customer_id", "customer_names", "hostname"}) {
    INFO(key);
    CHECK(rules.MatchPersonName(key) == -1);
  }
}

TEST_CASE("generic keys are read with the key of their object",
          "[unit][json]") {
  auto rules = Compile({}, true);
  auto token = [&rules](std::string_view key, std::string_view owner) {
    int rule = rules.MatchOwnedKey(key, owner);
    return rule < 0 ? std::string("none") : rules.rule(rule).token;
  };
  CHECK(token("id", "device") == "\"[DEVICE_ID]\"");
  CHECK(token("Id", "Device") == "\"[DEVICE_ID]\"");
  CHECK(token("uuid", "context.device") == "\"[DEVICE_ID]\"");
  CHECK(token("serial", "device") == "\"[DEVICE_ID]\"");
  CHECK(token("device.id", "") == "\"[DEVICE_ID]\"");
  CHECK(token("ctx.device.serial", "") == "\"[DEVICE_ID]\"");
  CHECK(token("device.x.id", "") == "none");
  CHECK(token("holder", "card") == "\"[NAME]\"");
  CHECK(token("holder", "account") == "\"[NAME]\"");
  CHECK(token("id", "user") == "none");
  CHECK(token("id", "") == "none");
  CHECK(token("name", "device") == "none");  // NAME by its own rule
  CHECK(token("device_id", "x") == "none");  // its own rule, not this one
  CHECK(token("order.id", "device") == "none");
  // The policy's own rules are not composed into.
  auto custom = Compile({Rule("order_id")}, false);
  CHECK(custom.MatchOwnedKey("id", "order") == -1);
}

TEST_CASE("defaults can be turned off", "[unit][json]") {
  auto rules = Compile({}, false);
  CHECK(MatchPath(rules, {"password"}) == -1);
}

TEST_CASE("scan rules resolve their detectors", "[unit][json]") {
  FieldRule scan = Rule("message", FieldAction::kScan);
  scan.detectors = {"contact.*"};
  auto rules = Compile({scan});
  const auto& allowed = rules.rule(0).detectors;
  int email = Detectors().IndexOf("contact.email");
  int ipv4 = Detectors().IndexOf("network.ipv4");
  REQUIRE(email >= 0);
  REQUIRE(ipv4 >= 0);
  CHECK(allowed[email]);
  CHECK_FALSE(allowed[ipv4]);
}

TEST_CASE("bad rules are config errors naming the rule", "[unit][json]") {
  auto compile = [](FieldRule rule) {
    JsonPolicy policy;
    policy.fields = {std::move(rule)};
    return JsonRules::Compile(policy, Detectors(), nullptr);
  };
  FieldRule scan = Rule("message", FieldAction::kScan);
  scan.detectors = {"nothing.*"};
  auto no_detector = compile(scan);
  REQUIRE_FALSE(no_detector.ok());
  CHECK(no_detector.error().message.find("'message'") != std::string::npos);
  auto no_key = compile(Rule("user.id", FieldAction::kHash));
  REQUIRE_FALSE(no_key.ok());
  CHECK(no_key.error().message.find("needs a key") != std::string::npos);
  CHECK_FALSE(compile(Rule("items[0].phone")).ok());
  CHECK_FALSE(compile(Rule("a..b")).ok());
  CHECK_FALSE(compile(Rule("")).ok());
  CHECK(ParseFieldAction("drop").ok());
  CHECK_FALSE(ParseFieldAction("shred").ok());
}

TEST_CASE("values written like a person's name", "[unit][json]") {
  for (const char* name : {"Jane Roe", "Anne-Marie O'Brien", "Seán Ó Roe",
                           "Maria Garcia Lopez Ruiz", "Łukasz Nowak"}) {
    INFO(name);
    CHECK(IsWrittenLikeAName(name));
  }
  for (const char* value :
       {"Jane", "", "payments", "dependabot", "JANE ROE", "Jane  Roe",
        "Jane Roe ", " Jane Roe", "jane roe", "Jane roe", "Jane R0e",
        "A B C D E", "Jane Roe Smith Jones Lee", "Jane RoE", "PlatformTeam x",
        "+14155550123", "Jane_Roe Smith"}) {
    INFO(value);
    CHECK_FALSE(IsWrittenLikeAName(value));
  }
}

TEST_CASE("role keys redact names only", "[unit][json]") {
  auto rules = Compile({}, true);
  for (const char* key : {"driver", "Assignee", "recipient", "author"}) {
    INFO(key);
    int rule = MatchPath(rules, {"ride", key});
    REQUIRE(rule >= 0);
    CHECK(rules.rule(rule).names_only);
    CHECK(rules.rule(rule).token == "\"[NAME]\"");
  }
  CHECK_FALSE(rules.rule(MatchPath(rules, {"first_name"})).names_only);
  CHECK(MatchPath(rules, {"drivers"}) == -1);
}

}  // namespace
}  // namespace logveil::json
