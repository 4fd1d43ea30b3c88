// Device identifiers: IMEI (3GPP TS 23.003: 14 digits plus a Luhn check
// digit) and IMEISV (16 digits, no check digit).
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true for a 15-digit Luhn-valid IMEI or a 16-digit IMEISV; the
// IMEI also grouped as labels print it, 35-209900-176148-1 or with blanks.
bool IsImei(std::string_view digits);

}  // namespace logveil::validate
