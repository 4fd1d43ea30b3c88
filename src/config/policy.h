// Policy: what to scrub and how (Vector's rule: *what* goes in a policy file,
// *how to run* goes in flags). Which detectors are on, and the action for
// each detector, chosen by id, label, category or "default".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "catalog/pattern_spec.h"
#include "detect/allow_list.h"
#include "detect/detector.h"
#include "json/key_rules.h"
#include "transform/action.h"
#include "transform/keys.h"

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
  json::JsonPolicy json;            // field rules for JSON records
  detect::AllowListSpec allow;      // findings left as they are
};

// Returns the specs `policy` turns on, in catalog order.
std::vector<const catalog::PatternSpec*> SelectSpecs(
    const Policy& policy, const std::vector<catalog::PatternSpec>& specs);

// The secrets the keyed actions draw on (from the environment or key files,
// read by app/). A keyed action whose secret is missing is a config error.
struct ActionKeys {
  std::optional<transform::NamedKey> hash;     // hash, pseudonymize
  std::optional<transform::NamedKey> encrypt;  // encrypt
  std::string tenant;  // for keyed actions whose policy names no tenant
};

// Returns the action of every detector: the most specific matching rule
// (id, then label, then category, then "default"; redact if none). Keyed
// actions get their key material from `keys`.
Result<transform::ActionTable> ResolveActions(
    const Policy& policy, const std::vector<detect::Detector>& detectors,
    const ActionKeys& keys);

// Parses an action name given on the command line ("redact", "mask",
// "hash", "pseudonymize", "generalize", "encrypt", "keep") into its
// default-configured Action.
Result<transform::Action> ParseActionName(const std::string& name);

}  // namespace logveil::config
