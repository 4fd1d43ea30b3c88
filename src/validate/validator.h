// Validators: checks on a confirmed span that a pattern alone cannot express
// (checksums, value ranges, registries). Pattern files name them with
// `validator: <name>`; hand-written finders call them directly.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `span` (the matched bytes) is a real value of its kind.
using Validator = bool (*)(std::string_view span);

// Returns the validator registered as `name` ("none" included), or nullptr
// for an unknown name (a pattern load error).
Validator LookupValidator(std::string_view name);

}  // namespace logveil::validate
