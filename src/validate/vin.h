// Vehicle identification numbers (ISO 3779): the shape every VIN has, and
// the check digit that North American VINs carry in position 9 (49 CFR
// 565.15). European and most other VINs fill position 9 freely, so a
// failing check digit alone does not rule a VIN out.
#pragma once

#include <string_view>

namespace logveil::validate {

constexpr size_t kVinLength = 17;

// Returns true if `vin` has the shape of a VIN and not of a hex or numeric
// id: 17 characters of 0-9 and A-Z without I, O and Q (ISO 3779), at least
// three letters, a letter outside A-F, and the last four characters
// numeric (the serial number, ISO 3779 and 49 CFR 565.15).
bool HasVinShape(std::string_view vin);

// Returns true if position 9 of `vin` (a string HasVinShape accepts) holds
// its check digit: letters transliterated to 1-9, weighted 8 7 6 5 4 3 2
// 10 0 9 8 7 6 5 4 3 2, sum mod 11, 10 written as 'X' (49 CFR 565.15).
bool HasValidVinCheckDigit(std::string_view vin);

}  // namespace logveil::validate
