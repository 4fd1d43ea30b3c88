// Miss classes: a short name for why a labeled value was missed, so that
// the report groups misses by cause ("extension", "not a valid number")
// instead of listing them one by one. Heuristic and for reading only; no
// metric depends on it.
#pragma once

#include <string>
#include <string_view>

#include "accuracy/case_policy.h"

namespace logveil::accuracy {

// Returns the class of the missed `value` in `text` (a case's text, or the
// wrapped text holding it).
std::string MissClassOf(std::string_view text, const ExpectedValue& value);

}  // namespace logveil::accuracy
