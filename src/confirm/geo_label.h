// Labeled coordinates: "lat=1.2345 lon=5.6789", "\"lat\": 1.23, \"lng\":
// 4.56", "lat/lng: (1.23, 4.56)", geo: URIs (RFC 5870) and map links
// ("?q=1.23,4.56", "ll=", "query=", "center=", "!3d1.23!4d4.56"). A label
// says what the numbers are, so they need fewer decimals than a bare pair.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "base/byte_range.h"

namespace logveil::confirm::geo {

// The first letters of labels, lower case: lat, lon, lng, ll; geo; q,
// query; center.
constexpr ascii::ByteSet kLabelInitials("lgqc");

// Tries a labeled pair or geo: URI at `begin`, appending both values to
// `out`; returns where scanning resumes.
size_t TryLabeled(std::string_view text, size_t begin,
                  std::vector<ByteRange>& out);

// Tries the place coordinates of a Google Maps link at `begin` (the '3' of
// "!3d25.197197!4d55.2743764" in its data parameter), appending both
// values; returns where scanning resumes, or 0 if there are none.
size_t TryMapData(std::string_view text, size_t begin,
                  std::vector<ByteRange>& out);

}  // namespace logveil::confirm::geo
