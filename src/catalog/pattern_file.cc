// yaml-cpp adapter for pattern files: the only includer of yaml-cpp in
// catalog/. yaml-cpp throws; every exception stops here and becomes an Error.
#include "catalog/pattern_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <string>

namespace logveil::catalog {
namespace {

const std::set<std::string> kKnownKeys = {"id",
                                          "name",
                                          "label",
                                          "category",
                                          "priority",
                                          "description",
                                          "references",
                                          "regex",
                                          "finder",
                                          "prefilter",
                                          "capture",
                                          "fast_path",
                                          "validator",
                                          "context",
                                          "examples",
                                          "negative_examples",
                                          "scrub_examples"};

std::string Where(std::string_view file, const YAML::Node& node) {
  return std::string(file) + ":" + std::to_string(node.Mark().line + 1);
}

Error FileError(std::string_view file, const YAML::Node& node,
                const std::string& problem) {
  return MakeError(ErrorCode::kConfig, Where(file, node) + ": " + problem);
}

std::string JoinFragments(const YAML::Node& node) {
  if (node.IsScalar()) return node.as<std::string>();
  std::string joined;
  for (const auto& fragment : node) joined += fragment.as<std::string>();
  return joined;
}

std::vector<Example> ReadExamples(const YAML::Node& node) {
  std::vector<Example> examples;
  for (const auto& item : node) {
    if (item.IsScalar()) {
      auto text = item.as<std::string>();
      examples.push_back({text, text});
    } else {
      examples.push_back(
          {item["text"].as<std::string>(), item["match"].as<std::string>()});
    }
  }
  return examples;
}

std::vector<ScrubExample> ReadScrubExamples(const YAML::Node& node) {
  std::vector<ScrubExample> examples;
  for (const auto& item : node) {
    ScrubExample example{item["input"].as<std::string>(),
                         item["expected"].as<std::string>(), ""};
    if (item["policy"]) example.policy = YAML::Dump(item["policy"]);
    examples.push_back(std::move(example));
  }
  return examples;
}

// A context word is matched against one token of a key ("phone" in
// "user_phoneNumber"), so it is lower-case letters and digits only; or two
// such words joined by '_', matched against two tokens in a row
// ("caller_id" in "callerId").
bool IsContextWord(const std::string& word) {
  size_t join = word.find('_');
  if (join != std::string::npos) {
    return IsContextWord(word.substr(0, join)) &&
           IsContextWord(word.substr(join + 1)) &&
           word.find('_', join + 1) == std::string::npos;
  }
  if (word.empty()) return false;
  for (char c : word) {
    if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

Result<ContextSpec> ReadContext(std::string_view file, const YAML::Node& node) {
  if (!node.IsMap()) return FileError(file, node, "'context' is not a mapping");
  ContextSpec context;
  for (const auto& member : node) {
    auto key = member.first.as<std::string>();
    auto values = member.second.as<std::vector<std::string>>();
    if (key == "look_alikes") {
      context.look_alikes = std::move(values);
      continue;
    }
    std::vector<std::string>* words = key == "boost"      ? &context.boost
                                      : key == "suppress" ? &context.suppress
                                      : key == "units"    ? &context.units
                                                          : nullptr;
    if (words == nullptr) {
      return FileError(file, member.first, "unknown context key '" + key + "'");
    }
    for (const auto& word : values) {
      if (!IsContextWord(word)) {
        return FileError(file, member.second,
                         "context word '" + word +
                             "' is not [a-z0-9]+ or [a-z0-9]+_[a-z0-9]+");
      }
    }
    *words = std::move(values);
  }
  for (const auto& word : context.boost) {
    if (std::find(context.suppress.begin(), context.suppress.end(), word) !=
        context.suppress.end()) {
      return FileError(file, node, "'" + word + "' both boosts and suppresses");
    }
  }
  return context;
}

Result<PatternSpec> ReadSpec(std::string_view file, const YAML::Node& node) {
  if (!node.IsMap()) return FileError(file, node, "entry is not a mapping");
  for (const auto& member : node) {
    auto key = member.first.as<std::string>();
    if (!kKnownKeys.count(key)) {
      return FileError(file, member.first, "unknown key '" + key + "'");
    }
  }
  for (const char* required : {"id", "label", "category"}) {
    if (!node[required]) {
      return FileError(file, node, std::string("missing '") + required + "'");
    }
  }
  PatternSpec spec;
  spec.origin = Where(file, node);
  spec.id = node["id"].as<std::string>();
  spec.name = node["name"] ? node["name"].as<std::string>() : spec.id;
  spec.label = node["label"].as<std::string>();
  spec.category = node["category"].as<std::string>();
  if (node["priority"]) spec.priority = node["priority"].as<int>();
  if (node["description"])
    spec.description = node["description"].as<std::string>();
  if (node["regex"]) spec.regex = JoinFragments(node["regex"]);
  if (node["finder"]) spec.finder = node["finder"].as<std::string>();
  if (node["prefilter"]) spec.prefilter = JoinFragments(node["prefilter"]);
  if (node["capture"]) {
    spec.capture = node["capture"].as<std::string>() == "first"
                       ? kCaptureFirstGroup
                       : node["capture"].as<int>();
  }
  if (node["fast_path"]) spec.fast_path = node["fast_path"].as<std::string>();
  if (node["validator"]) spec.validator = node["validator"].as<std::string>();
  if (node["context"]) {
    auto context = ReadContext(file, node["context"]);
    if (!context.ok()) return context.error();
    spec.context = std::move(context).value();
  }
  if (node["examples"]) spec.examples = ReadExamples(node["examples"]);
  if (node["negative_examples"]) {
    spec.negative_examples =
        node["negative_examples"].as<std::vector<std::string>>();
  }
  if (node["scrub_examples"]) {
    spec.scrub_examples = ReadScrubExamples(node["scrub_examples"]);
  }
  if (spec.regex.empty() == spec.finder.empty()) {
    return FileError(file, node, "set exactly one of 'regex' and 'finder'");
  }
  if (!spec.prefilter.empty() && spec.regex.empty()) {
    return FileError(file, node, "'prefilter' goes with 'regex'");
  }
  if (!spec.fast_path.empty() && spec.regex.empty()) {
    return FileError(file, node, "'fast_path' goes with 'regex'");
  }
  return spec;
}

Result<std::vector<PatternSpec>> ReadDocument(std::string_view file,
                                              const YAML::Node& root) {
  if (!root.IsMap() || !root["patterns"] || !root["patterns"].IsSequence()) {
    return FileError(file, root, "expected a top-level 'patterns' list");
  }
  std::vector<PatternSpec> specs;
  for (const auto& entry : root["patterns"]) {
    auto spec = ReadSpec(file, entry);
    if (!spec.ok()) return spec.error();
    specs.push_back(std::move(spec).value());
  }
  return specs;
}

}  // namespace

Result<std::vector<PatternSpec>> ParsePatternFile(std::string_view file_name,
                                                  std::string_view yaml_text) {
  try {
    return ReadDocument(file_name, YAML::Load(std::string(yaml_text)));
  } catch (const YAML::Exception& e) {
    // e.msg describes the problem without quoting the document.
    return MakeError(ErrorCode::kConfig, std::string(file_name) + ":" +
                                             std::to_string(e.mark.line + 1) +
                                             ": " + e.msg);
  }
}

}  // namespace logveil::catalog
