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

transform::Action ReadHash(const YAML::Node& node) {
  transform::HashAction hash;
  if (node.IsNull()) return hash;
  CheckKeys(node, {"hex_chars", "template"});
  if (node["hex_chars"]) {
    hash.hex_chars = ReadCount(node["hex_chars"], 64);
    if (hash.hex_chars < 8) Fail(node["hex_chars"], "use at least 8 hex chars");
  }
  if (node["template"]) {
    hash.token_template = node["template"].as<std::string>();
  }
  return hash;
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
    return transform::RedactAction{options.IsNull()
                                       ? "[{label}]"
                                       : options.as<std::string>()};
  }
  if (name == "mask") return ReadMask(options);
  if (name == "hash") return ReadHash(options);
  if (name == "keep") return transform::KeepAction{};
  Fail(node.begin()->first, "unknown action '" + name + "'");
}

Policy ReadPolicy(const YAML::Node& root) {
  Policy policy;
  if (root.IsNull()) return policy;
  CheckKeys(root, {"detectors", "actions"});
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
