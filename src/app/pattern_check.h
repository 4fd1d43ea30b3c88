// Pattern checks: the lint rules and example runs of patterns/README.md,
// shared by `logveil patterns check` and the ctest pattern suite.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "confirm/finder.h"

namespace logveil::app {

// Returns every problem with `spec`: lint rules, examples that are not
// found with their exact span, negatives that produce findings, matches that
// cross a newline, and scrub examples whose output or idempotence is wrong.
// An empty result means the spec passes.
std::vector<std::string> CheckSpec(const catalog::PatternSpec& spec,
                                   const confirm::FindOptions& options);

}  // namespace logveil::app
