// Finder for IPv4 dotted quads (octets 0-255), also as ip:port and ip/cidr;
// never a part of a longer dotted number such as a version 1.2.3.4.5.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindIpv4(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kIpv4Steps;

}  // namespace logveil::confirm
