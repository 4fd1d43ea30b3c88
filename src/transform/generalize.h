// The generalize action: coarser values that keep their format. A
// coordinate in decimal degrees keeps `decimals` decimals (rounded half
// away from zero, sign and digits written as before); other coordinate
// forms (degrees-minutes-seconds, NMEA fields) and altitudes are redacted.
// A geohash keeps the characters of a cell no finer than that rounding
// (5 for 2 decimals: about 4.9 km by 4.9 km).
// An IP address keeps its network prefix and zeroes the host bits, written
// in its original style. Both are idempotent: generalizing a generalized
// value changes nothing, so scrubbing logveil's output again leaves it as
// it is.
#pragma once

#include <string>
#include <string_view>

#include "transform/action.h"

namespace logveil::transform {

// Appends `value` (a finding of `label`) generalized; types without a
// coarser form (email, card, ...) are redacted to "[LABEL]".
void AppendGeneralized(const GeneralizeAction& action, std::string_view label,
                       std::string_view value, std::string& out);

// Appends the decimal number `number` ([+-]digits[.digits]) rounded to
// `decimals` decimals; one with no more decimals is appended unchanged.
// Returns false, appending nothing, if `number` is not of that form.
bool AppendRoundedDecimal(std::string_view number, int decimals,
                          std::string& out);

}  // namespace logveil::transform
