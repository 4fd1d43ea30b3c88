// Engine: everything compiled from the catalog and the policy that scanning
// needs, built once at start-up and shared read-only by all threads.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "cli/flags.h"
#include "catalog/catalog.h"
#include "config/policy.h"
#include "detect/detector_set.h"
#include "transform/action.h"

namespace logveil::app {

struct EngineOptions {
  std::vector<std::string> pattern_dirs;
  config::Policy policy;
  std::string default_action;  // overrides the policy's "default" if set
  std::string hash_key;
  confirm::FindOptions find_options;
};

struct Engine {
  detect::DetectorSet detectors;
  transform::ActionTable actions;
};

// Compiles the selected detectors of `catalog` and resolves their actions.
Result<Engine> BuildEngine(const catalog::Catalog& catalog,
                           const EngineOptions& options);

// Loads the catalog, the policy file and the hash key named by `args` and
// builds the engine.
Result<Engine> BuildEngineFromArgs(const cli::CliArgs& args);

}  // namespace logveil::app
