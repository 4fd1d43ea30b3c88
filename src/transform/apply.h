// Applies actions: copies a text to the output with every finding replaced
// by what its detector's action makes of it (a token, a mask, a pseudonym).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/detector.h"
#include "detect/finding.h"
#include "transform/action.h"

namespace logveil::transform {

// Appends `value` transformed by `action` to `out`. `label` is the detector's.
void AppendReplacement(const Action& action, std::string_view label,
                       std::string_view value, std::string& out);

// Appends `text` to `out` with each of `findings` (sorted, non-overlapping,
// offsets into `text`) replaced per `actions`, in the finding's encoding
// (transform/encoded_replacement.h).
void AppendScrubbed(std::string_view text,
                    const std::vector<detect::Finding>& findings,
                    const std::vector<detect::Detector>& detectors,
                    const ActionTable& actions, std::string& out);

}  // namespace logveil::transform
