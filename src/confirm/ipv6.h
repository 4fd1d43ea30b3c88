// Finder for IPv6 addresses in every RFC 4291/5952 text form (full, compressed,
// embedded IPv4, zone ids, [v6]:port, CIDR), any case; not times, MACs or C++
// scopes.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindIpv6(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kIpv6Steps;

}  // namespace logveil::confirm
