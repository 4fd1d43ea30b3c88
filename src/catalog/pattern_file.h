// Reads one patterns/*.yaml document into PatternSpecs. The only place that
// parses pattern YAML; errors name the file and line, never a value.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/pattern_spec.h"

namespace logveil::catalog {

// Parses `yaml_text`, the contents of `file_name`, into specs. The file stem
// must prefix every id ("network" for network.yaml).
Result<std::vector<PatternSpec>> ParsePatternFile(std::string_view file_name,
                                                  std::string_view yaml_text);

}  // namespace logveil::catalog
