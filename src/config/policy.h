// Policy: what to scrub and how (Vector's rule: *what* goes in a policy file,
// *how to run* goes in flags). Which detectors are on, and the action for
// each detector, chosen by id, label, category or "default".
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "catalog/pattern_spec.h"
#include "detect/detector.h"
#include "transform/action.h"

namespace logveil::config {

// One `actions:` entry. `selector` is a detector id or glob
// ("contact.email", "network.*"), a label ("EMAIL"), a category ("payment")
// or "default".
struct ActionRule {
  std::string selector;
  transform::Action action;
};

struct Policy {
  std::vector<std::string> include = {"*"};  // detector id globs
  std::vector<std::string> exclude;
  std::vector<ActionRule> actions;  // later entries win over earlier ones
};

// Returns the specs `policy` turns on, in catalog order.
std::vector<const catalog::PatternSpec*> SelectSpecs(
    const Policy& policy, const std::vector<catalog::PatternSpec>& specs);

// Returns the action of every detector: the most specific matching rule
// (id, then label, then category, then "default"; redact if none). Hash
// actions get `hash_key`; a hash action without a key is a config error.
Result<transform::ActionTable> ResolveActions(
    const Policy& policy, const std::vector<detect::Detector>& detectors,
    const std::string& hash_key);

// Parses an action name given on the command line ("redact", "mask",
// "hash", "keep") into its default-configured Action.
Result<transform::Action> ParseActionName(const std::string& name);

}  // namespace logveil::config
