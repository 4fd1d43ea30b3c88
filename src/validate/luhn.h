// The Luhn (mod 10) check digit of ISO/IEC 7812-1, used by payment cards and
// IMEIs.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if the digits of `number` pass the Luhn check. Spaces and
// dashes are skipped; any other non-digit, or fewer than 2 digits, fails.
bool IsLuhnValid(std::string_view number);

}  // namespace logveil::validate
