// Engine: everything compiled from the catalog and the policy that scanning
// needs, built once at start-up and shared read-only by all threads.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "catalog/catalog.h"
#include "cli/flags.h"
#include "config/policy.h"
#include "detect/detector_set.h"
#include "json/key_rules.h"
#include "transform/action.h"

namespace logveil::app {

struct EngineOptions {
  std::vector<std::string> pattern_dirs;
  config::Policy policy;
  std::string default_action;  // overrides the policy's "default" if set
  config::ActionKeys keys;
  confirm::FindOptions find_options;
};

struct Engine {
  detect::DetectorSet detectors;
  transform::ActionTable actions;
  json::JsonRules json;  // the policy's field rules for JSON records
};

// Compiles the selected detectors of `catalog` and resolves their actions.
Result<Engine> BuildEngine(const catalog::Catalog& catalog,
                           const EngineOptions& options);

// Loads the catalog, the policy file and the keys named by `args` and
// builds the engine.
Result<Engine> BuildEngineFromArgs(const cli::CliArgs& args);

}  // namespace logveil::app
