// IBAN validation per ISO 13616: the length and BBAN format registered for
// the country and the mod-97 check.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns the IBAN length registered for the two-letter `country` code (upper
// case), or 0 if the country issues no IBANs. Countries outside the SWIFT
// registry whose banks issue IBANs all the same (IR, DZ, MA, ...) count.
int IbanLengthForCountry(std::string_view country);

// Returns true if `iban` (spaces allowed between characters) has its
// country's registered length and BBAN format, check digits other than 00,
// 01 and 99, and passes mod 97. Letters may be lower case where the format
// allows either case, and everywhere in an IBAN whose country code is lower
// case ("gb82west...").
bool IsIbanValid(std::string_view iban);

}  // namespace logveil::validate
