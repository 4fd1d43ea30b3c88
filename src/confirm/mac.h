// Finder for MAC addresses (EUI-48 and EUI-64) in colon, dash, Cisco-dot
// and space-separated forms; not times, IPv6 addresses or hex dumps.
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
