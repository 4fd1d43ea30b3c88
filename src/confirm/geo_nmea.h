// NMEA 0183 position fields, as GPS receivers write them in GGA, RMC, GLL
// and other sentences: "$GPRMC,123519,A,4807.038,N,01131.000,E,...".
// Latitude is ddmm.mmm and longitude dddmm.mmm (whole degrees, then
// minutes with decimals), each followed by its hemisphere field; some
// receivers put decimal degrees in the same fields ("37.352387,N,...").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm::geo {

// Tries the fields "<lat>,N|S,<lon>,E|W" around the latitude's hemisphere
// at `at`, with a latitude field starting after `floor`. Appends one
// finding per value field (the hemisphere letters stay); returns where
// scanning resumes, or 0 if the fields there are no position.
size_t TryNmeaPair(std::string_view text, size_t at, size_t floor,
                   std::vector<ByteRange>& out);

}  // namespace logveil::confirm::geo
