// Labeled coordinates: "lat=1.2345 lon=5.6789", "\"lat\": 1.23, \"lng\":
// 4.56", "lat/lng: (1.23, 4.56)" and geo: URIs (RFC 5870). A label says
// what the numbers are, so they need fewer decimals than a bare pair.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm::geo {

// Tries a labeled pair or geo: URI at `begin`, appending both values to
// `out`; returns where scanning resumes.
size_t TryLabeled(std::string_view text, size_t begin,
                  std::vector<ByteRange>& out);

}  // namespace logveil::confirm::geo
