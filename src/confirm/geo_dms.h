// Coordinates written with hemisphere letters: degrees, minutes and seconds
// ("25°12'17.5\"N 55°16'14.8\"E", "51 19m 12.9s N", "N 39°20' 0''"),
// degrees and decimal minutes ("25°12.291'N") and decimal degrees with a
// letter ("41.5 N -81.0 W", "25.2048° N", "N51.5074 W0.1278", glued only
// with four decimals or more). The letters say what the numbers
// are, so no decimals are required; a pair is required, latitude (N/S)
// first, since one number and a letter is too often something else ("5.0
// W", "12.5 N").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm::geo {

// Tries a pair whose latitude has its hemisphere letter at `at`, after
// the axis ("40° 26′ 46″ N, ...") or before it ("N 39°20' 0'' / W ...").
// An axis after `floor` only is considered. Appends one finding per axis:
// the number alone for decimal degrees (so that an action can round it),
// the whole axis with its letter once minutes are written. Returns where
// scanning resumes, or 0 if there is no such pair.
size_t TryHemispherePair(std::string_view text, size_t at, size_t floor,
                         std::vector<ByteRange>& out);

}  // namespace logveil::confirm::geo
