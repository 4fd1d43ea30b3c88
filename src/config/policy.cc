#include "config/policy.h"

#include "catalog/catalog.h"
#include "config/action_keys.h"

namespace logveil::config {
namespace {

// Specificity of `selector` for `detector`: 4 id, 3 id glob, 2 label,
// 1 category, 0 default, -1 no match.
int Specificity(const std::string& selector, const detect::Detector& detector) {
  if (selector == detector.id) return 4;
  if (selector.find('*') != std::string::npos &&
      catalog::GlobMatches(selector, detector.id)) {
    return 3;
  }
  if (selector == detector.label) return 2;
  if (selector == detector.category) return 1;
  if (selector == "default") return 0;
  return -1;
}

bool MatchesAny(const std::vector<std::string>& globs, const std::string& id) {
  for (const auto& glob : globs) {
    if (catalog::GlobMatches(glob, id)) return true;
  }
  return false;
}

}  // namespace

std::vector<const catalog::PatternSpec*> SelectSpecs(
    const Policy& policy, const std::vector<catalog::PatternSpec>& specs) {
  std::vector<const catalog::PatternSpec*> selected;
  for (const auto& spec : specs) {
    if (MatchesAny(policy.include, spec.id) &&
        !MatchesAny(policy.exclude, spec.id)) {
      selected.push_back(&spec);
    }
  }
  return selected;
}

Result<transform::ActionTable> ResolveActions(
    const Policy& policy, const std::vector<detect::Detector>& detectors,
    const ActionKeys& keys) {
  transform::ActionTable table;
  for (const auto& detector : detectors) {
    transform::Action action = transform::RedactAction{};
    int best = -1;
    for (const auto& rule : policy.actions) {
      int specificity = Specificity(rule.selector, detector);
      if (specificity >= best && specificity >= 0) {
        best = specificity;
        action = rule.action;
      }
    }
    auto bound = BindKeys(detector, keys, action);
    if (!bound.ok()) return bound.error();
    table.push_back(std::move(action));
  }
  return table;
}

Result<transform::Action> ParseActionName(const std::string& name) {
  if (name == "redact") return transform::Action{transform::RedactAction{}};
  if (name == "mask") return transform::Action{transform::MaskAction{}};
  if (name == "hash") return transform::Action{transform::HashAction{}};
  if (name == "pseudonymize") {
    return transform::Action{transform::PseudonymizeAction{}};
  }
  if (name == "generalize") {
    return transform::Action{transform::GeneralizeAction{}};
  }
  if (name == "encrypt") return transform::Action{transform::EncryptAction{}};
  if (name == "keep") return transform::Action{transform::KeepAction{}};
  return MakeError(ErrorCode::kConfig,
                   "unknown action '" + name +
                       "' (expected redact, mask, hash, pseudonymize, "
                       "generalize, encrypt or keep)");
}

}  // namespace logveil::config
