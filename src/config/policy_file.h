// Reads a policy YAML document (see docs/policy.md for the schema). The only
// includer of yaml-cpp in config/; errors name the file and line.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "config/policy.h"

namespace logveil::config {

// Parses `yaml_text`, the contents of `file_name`, into a Policy.
Result<Policy> ParsePolicy(std::string_view file_name,
                           std::string_view yaml_text);

// Reads and parses the policy file at `path`.
Result<Policy> LoadPolicyFile(const std::string& path);

}  // namespace logveil::config
