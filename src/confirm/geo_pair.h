// Coordinates in decimal degrees: one number ("-25.2048") and a pair of
// them ("25.2048, 55.2708"), with the range and precision checks that bare
// and labeled coordinates share.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm::geo {

constexpr int kMaxLatitude = 90;
constexpr int kMaxLongitude = 180;
constexpr int kMaxDegreeDigits = 3;
// Four decimals locate a point to about 11 m; a bare pair with fewer is too
// often something else (load averages "0.52, 0.58", ratios, versions), and
// so is a number with a letter glued before it ("N51.5074").
constexpr int kMinBareDecimals = 4;

// A decimal number as written, sign included: "-25.2048".
struct Number {
  ByteRange range;
  int degrees = 0;  // the integer part
  int decimals = 0;
  bool fraction_zero = true;

  bool Within(int limit) const {
    return degrees < limit || (degrees == limit && fraction_zero);
  }
  bool IsZero() const { return degrees == 0 && fraction_zero; }
};

// Parses [+-]?D{1,3}(.D+)? at `begin`, with no leading zero ("020.5" is
// not a coordinate) and a clean end. Returns false if there is none.
bool ParseNumber(std::string_view text, size_t begin, Number& number);

// Which bytes may stand between latitude and longitude.
enum class PairSeparators {
  kAny,    // ",", ", ", ";", "; " or " "
  kComma,  // "," alone, as in geo: URIs (RFC 5870)
  kUrl,    // "," or its percent-encoded form "%2C", as in map links
};

// Reads "lat, lon" at `begin` with the given separators and precision.
// Returns false if the numbers there are no coordinate pair.
bool ParsePair(std::string_view text, size_t begin, int min_decimals,
               PairSeparators allowed, Number& lat, Number& lon);

// Reads an altitude with a length unit right after a pair ending at `end`:
// ", 15000m", ",2.5km" (geopy and others write "lat, lon, alt"). Returns
// its range, unit included, or an empty range if there is none.
ByteRange ParseAltitude(std::string_view text, size_t end);

// Appends the altitude after a pair ending at `end`, if there is one (see
// ParseAltitude); returns where the position ends.
size_t AppendAltitude(std::string_view text, size_t end,
                      std::vector<ByteRange>& out);

// True if the pair is one element of a list of decimals ("load average:
// 0.5234, 0.5812, 0.5903", vectors), with the same separator; never when
// a tracker's 14-digit fix time follows it.
bool IsListElement(std::string_view text, const Number& lat, const Number& lon);

}  // namespace logveil::confirm::geo
