// Finder for GPS coordinates: decimal-degree pairs with at least 4 decimals in
// range, labeled pairs (lat=.. lon=..), geo: URIs and map links, pairs with
// hemisphere letters (degrees, minutes and seconds; decimal degrees with
// N/S/E/W), NMEA position fields, and lines holding nothing but a pair.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindCoordinates(std::string_view text, const FindOptions& options,
                     std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kGeoSteps;

}  // namespace logveil::confirm
