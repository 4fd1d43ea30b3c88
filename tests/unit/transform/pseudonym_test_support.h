// Shared by the pseudonymize tests: an action with test keys, and the
// built-in detectors, to check that a pseudonym is still found as its type.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <string_view>

#include "catalog/catalog.h"
#include "detect/detector_set.h"
#include "detect/scanner.h"
#include "transform/pseudonymize.h"

namespace logveil::transform::testing {

// A pseudonymize action keyed by `secret` (and `tenant`).
inline PseudonymizeAction TestAction(std::string_view secret = "test-secret",
                                     std::string_view tenant = "") {
  PseudonymizeAction action;
  action.keys = std::make_shared<const PseudonymKeys>(DerivePseudonymKeys(
      NamedKey{"k1", SecretKey(std::string(secret))}, tenant));
  return action;
}

// Returns the pseudonym of `value` as `label` under `action`.
inline std::string Pseudonym(const PseudonymizeAction& action,
                             std::string_view label, std::string_view value) {
  std::string out;
  AppendPseudonym(action, label, value, out);
  return out;
}

// Returns the label of the one built-in finding that spans all of `text`,
// or "" if there is no such finding.
inline std::string WholeFindingLabel(std::string_view text) {
  static const detect::DetectorSet* detectors = [] {
    static auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    std::vector<const catalog::PatternSpec*> specs;
    for (const auto& spec : catalog.value().specs()) specs.push_back(&spec);
    static auto set = detect::DetectorSet::Compile(specs, {});
    REQUIRE(set.ok());
    return &set.value();
  }();
  detect::Scanner scanner(*detectors);
  std::vector<detect::Finding> findings;
  scanner.Scan(text, findings);
  if (findings.size() != 1 || findings[0].range.begin != 0 ||
      findings[0].range.end != text.size()) {
    return "";
  }
  return detectors->detector(findings[0].detector).label;
}

}  // namespace logveil::transform::testing
