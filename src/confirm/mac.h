// Finder for MAC addresses in colon, dash and Cisco-dot forms; not times or
// IPv6.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindMacs(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kMacSteps;

}  // namespace logveil::confirm
