// IBAN validation per ISO 13616: the length registered for the country and
// the mod-97 check.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns the IBAN length registered for the two-letter `country` code (upper
// case), or 0 if the country issues no IBANs.
int IbanLengthForCountry(std::string_view country);

// Returns true if `iban` (spaces allowed between characters, letters upper or
// lower case) has its country's registered length and BBAN format, check
// digits other than 00, 01 and 99, and passes mod 97.
bool IsIbanValid(std::string_view iban);

}  // namespace logveil::validate
