// yaml-cpp adapter for policy files. yaml-cpp throws; exceptions stop here.
#include "config/policy_file.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

namespace logveil::config {
namespace {

// Thrown inside this file only, caught by ParsePolicy.
struct PolicyProblem {
  YAML::Mark mark;
  std::string message;
};

[[noreturn]] void Fail(const YAML::Node& node, std::string message) {
  throw PolicyProblem{node.Mark(), std::move(message)};
}

void CheckKeys(const YAML::Node& map, std::initializer_list<const char*> keys) {
  if (!map.IsMap()) Fail(map, "expected a mapping");
  for (const auto& member : map) {
    auto key = member.first.as<std::string>();
    bool known = false;
    for (const char* k : keys) known = known || key == k;
    if (!known) Fail(member.first, "unknown key '" + key + "'");
  }
}

int ReadCount(const YAML::Node& node, int max) {
  int value = node.as<int>();
  if (value < 0 || value > max) {
    Fail(node, "must be between 0 and " + std::to_string(max));
  }
  return value;
}

transform::Action ReadMask(const YAML::Node& node) {
  transform::MaskAction mask;
  if (node.IsNull()) return mask;
  CheckKeys(node, {"keep_first", "keep_last", "char", "keep_separators"});
  if (node["keep_first"]) mask.keep_first = ReadCount(node["keep_first"], 64);
  if (node["keep_last"]) mask.keep_last = ReadCount(node["keep_last"], 64);
  if (node["char"]) {
    auto text = node["char"].as<std::string>();
    if (text.size() != 1) Fail(node["char"], "mask char must be one byte");
    mask.mask_char = text[0];
  }
  if (node["keep_separators"]) {
    mask.keep_separators = node["keep_separators"].as<bool>();
  }
  return mask;
}

std::string ReadTenant(const YAML::Node& node) {
  auto tenant = node.as<std::string>();
  if (tenant.empty() || tenant.find('\0') != std::string::npos) {
    Fail(node, "a tenant is a non-empty string without NUL bytes");
  }
  return tenant;
}

transform::Action ReadHash(const YAML::Node& node) {
  transform::HashAction hash;
  if (node.IsNull()) return hash;
  CheckKeys(node, {"hex_chars", "template", "tenant"});
  if (node["tenant"]) hash.tenant = ReadTenant(node["tenant"]);
  if (node["hex_chars"]) {
    hash.hex_chars = ReadCount(node["hex_chars"], 64);
    if (hash.hex_chars < 8) Fail(node["hex_chars"], "use at least 8 hex chars");
  }
  if (node["template"]) {
    hash.token_template = node["template"].as<std::string>();
  }
  return hash;
}

transform::Action ReadPseudonymize(const YAML::Node& node) {
  transform::PseudonymizeAction pseudonymize;
  if (node.IsNull()) return pseudonymize;
  CheckKeys(node, {"ipv4_keep_bits", "ipv6_keep_bits", "email_domain",
                   "card_keep_iin", "card_keep_last4", "card_luhn",
                   "phone_keep_valid", "tenant"});
  if (node["ipv4_keep_bits"]) {
    pseudonymize.ipv4_keep_bits = ReadCount(node["ipv4_keep_bits"], 32);
  }
  if (node["ipv6_keep_bits"]) {
    pseudonymize.ipv6_keep_bits = ReadCount(node["ipv6_keep_bits"], 128);
  }
  if (const auto& domain = node["email_domain"]) {
    auto choice = domain.as<std::string>();
    if (choice != "keep" && choice != "pseudonymize") {
      Fail(domain, "email_domain is keep or pseudonymize");
    }
    pseudonymize.email_keep_domain = choice == "keep";
  }
  for (auto [key, flag] :
       {std::pair{"card_keep_iin", &pseudonymize.card_keep_iin},
        {"card_keep_last4", &pseudonymize.card_keep_last4},
        {"card_luhn", &pseudonymize.card_luhn},
        {"phone_keep_valid", &pseudonymize.phone_keep_valid}}) {
    if (node[key]) *flag = node[key].as<bool>();
  }
  if (node["tenant"]) pseudonymize.tenant = ReadTenant(node["tenant"]);
  return pseudonymize;
}

transform::Action ReadGeneralize(const YAML::Node& node) {
  transform::GeneralizeAction generalize;
  if (node.IsNull()) return generalize;
  CheckKeys(node, {"decimals", "ipv4_prefix", "ipv6_prefix"});
  if (node["decimals"]) generalize.decimals = ReadCount(node["decimals"], 12);
  if (node["ipv4_prefix"]) {
    generalize.ipv4_prefix = ReadCount(node["ipv4_prefix"], 32);
  }
  if (node["ipv6_prefix"]) {
    generalize.ipv6_prefix = ReadCount(node["ipv6_prefix"], 128);
  }
  return generalize;
}

transform::Action ReadEncrypt(const YAML::Node& node) {
  transform::EncryptAction encrypt;
  if (node.IsNull()) return encrypt;
  CheckKeys(node, {"tenant"});
  if (node["tenant"]) encrypt.tenant = ReadTenant(node["tenant"]);
  return encrypt;
}

transform::Action ReadAction(const YAML::Node& node) {
  if (node.IsScalar()) {
    auto action = ParseActionName(node.as<std::string>());
    if (!action.ok()) Fail(node, action.error().message);
    return action.value();
  }
  if (!node.IsMap() || node.size() != 1) {
    Fail(node, "an action is a name or a one-key mapping");
  }
  auto name = node.begin()->first.as<std::string>();
  // A copy: the iterator's pair is a temporary, so a reference would dangle.
  const YAML::Node options = node.begin()->second;
  if (name == "redact") {
    return transform::RedactAction{
        options.IsNull() ? "[{label}]" : options.as<std::string>()};
  }
  if (name == "mask") return ReadMask(options);
  if (name == "hash") return ReadHash(options);
  if (name == "pseudonymize") return ReadPseudonymize(options);
  if (name == "generalize") return ReadGeneralize(options);
  if (name == "encrypt") return ReadEncrypt(options);
  if (name == "keep") return transform::KeepAction{};
  Fail(node.begin()->first, "unknown action '" + name + "'");
}

json::FieldRule ReadField(const YAML::Node& node) {
  CheckKeys(node, {"path", "action", "label", "detectors"});
  if (!node["path"] || !node["action"]) {
    Fail(node, "a json field needs 'path' and 'action'");
  }
  json::FieldRule rule;
  rule.path = node["path"].as<std::string>();
  auto action = json::ParseFieldAction(node["action"].as<std::string>());
  if (!action.ok()) Fail(node["action"], action.error().message);
  rule.action = action.value();
  if (node["label"]) {
    rule.label = node["label"].as<std::string>();
    if (rule.label.empty()) Fail(node["label"], "empty label");
  }
  if (node["detectors"]) {
    if (rule.action != json::FieldAction::kScan) {
      Fail(node["detectors"], "'detectors' goes with action 'scan'");
    }
    rule.detectors = node["detectors"].as<std::vector<std::string>>();
  }
  return rule;
}

// The `json:` section (docs/policy.md, "JSON records").
json::JsonPolicy ReadJson(const YAML::Node& node) {
  json::JsonPolicy json;
  if (node.IsNull()) return json;
  CheckKeys(node, {"defaults", "fields", "fail_closed", "allow", "scan_numbers",
                   "geo_fields", "max_depth"});
  if (node["defaults"]) json.default_fields = node["defaults"].as<bool>();
  if (node["fail_closed"]) json.fail_closed = node["fail_closed"].as<bool>();
  if (node["allow"]) json.allow = node["allow"].as<std::vector<std::string>>();
  if (node["scan_numbers"]) {
    json.scan_numbers = node["scan_numbers"].as<bool>();
  }
  if (node["geo_fields"]) json.geo_fields = node["geo_fields"].as<bool>();
  if (node["max_depth"]) {
    json.max_depth = ReadCount(node["max_depth"], 1000);
    if (json.max_depth < 1) Fail(node["max_depth"], "must be at least 1");
  }
  if (const auto& fields = node["fields"]) {
    if (!fields.IsSequence()) Fail(fields, "'fields' must be a list");
    for (const auto& field : fields) json.fields.push_back(ReadField(field));
  }
  return json;
}

std::vector<std::string> ReadList(const YAML::Node& node) {
  if (!node) return {};
  if (!node.IsSequence()) Fail(node, "expected a list");
  return node.as<std::vector<std::string>>();
}

// `allow:` lists values that stay as they are even when a detector finds
// them (docs/policy.md).
detect::AllowListSpec ReadAllow(const YAML::Node& node) {
  CheckKeys(node, {"values", "regexes", "cidrs", "email_domains", "card_bins"});
  detect::AllowListSpec allow;
  allow.values = ReadList(node["values"]);
  allow.regexes = ReadList(node["regexes"]);
  allow.cidrs = ReadList(node["cidrs"]);
  allow.email_domains = ReadList(node["email_domains"]);
  allow.card_bins = ReadList(node["card_bins"]);
  return allow;
}

Policy ReadPolicy(const YAML::Node& root) {
  Policy policy;
  if (root.IsNull()) return policy;
  CheckKeys(root, {"detectors", "actions", "json", "allow"});
  if (const auto& detectors = root["detectors"]) {
    CheckKeys(detectors, {"include", "exclude"});
    if (detectors["include"]) {
      policy.include = detectors["include"].as<std::vector<std::string>>();
    }
    if (detectors["exclude"]) {
      policy.exclude = detectors["exclude"].as<std::vector<std::string>>();
    }
  }
  if (const auto& actions = root["actions"]) {
    if (!actions.IsMap()) Fail(actions, "'actions' must be a mapping");
    for (const auto& member : actions) {
      policy.actions.push_back(
          {member.first.as<std::string>(), ReadAction(member.second)});
    }
  }
  if (const auto& json = root["json"]) policy.json = ReadJson(json);
  if (const auto& allow = root["allow"]) policy.allow = ReadAllow(allow);
  return policy;
}

std::string Where(std::string_view file, const YAML::Mark& mark) {
  return std::string(file) + ":" + std::to_string(mark.line + 1) + ": ";
}

}  // namespace

Result<Policy> ParsePolicy(std::string_view file_name,
                           std::string_view yaml_text) {
  try {
    return ReadPolicy(YAML::Load(std::string(yaml_text)));
  } catch (const PolicyProblem& problem) {
    return MakeError(ErrorCode::kConfig,
                     Where(file_name, problem.mark) + problem.message);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kConfig, Where(file_name, e.mark) + e.msg);
  }
}

Result<Policy> LoadPolicyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kConfig, path + ": cannot open");
  std::stringstream text;
  text << in.rdbuf();
  return ParsePolicy(path, text.str());
}

}  // namespace logveil::config
