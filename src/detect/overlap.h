// Overlap resolution: when findings overlap, keep one, deterministically.
#pragma once

#include <vector>

#include "detect/detector.h"
#include "detect/finding.h"

namespace logveil::detect {

// Removes findings that overlap a better one, where better means higher
// detector priority, then longer, then found in decoded text
// (Finding::encoding), then earlier. First, a finding in the text as written
// that lies inside a longer one of the decoded view is dropped whatever its
// priority: it took part of an escape for text. Leaves `findings` sorted by
// range.begin. `detectors` is indexed by Finding::detector.
void ResolveOverlaps(const std::vector<Detector>& detectors,
                     std::vector<Finding>& findings);

}  // namespace logveil::detect
