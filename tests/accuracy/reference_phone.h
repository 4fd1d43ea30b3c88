// Reference phone validity: libphonenumber's own Parse + IsValidNumber with
// the case's region, used by the accuracy suite as an oracle that does not
// share code with logveil's validator (validate/phone_number.cc), so that a
// validator bug shows up as a miss instead of hiding the case.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace logveil::accuracy {

// Returns true if libphonenumber parses `number` with `region` (ISO 3166
// alpha-2; anything else means unknown) and calls it a valid number. Knows
// every region's international prefix ("011", "0011") and "tel:" URIs.
bool IsReferenceValidPhone(std::string_view number, std::string_view region);

// Returns true if libphonenumber parses `number` as IsReferenceValidPhone
// does and calls its length possible for its country (IS_POSSIBLE).
bool IsReferencePossiblePhone(std::string_view number, std::string_view region);

// Returns true if libphonenumber knows `region` (ISO 3166 alpha-2, upper
// case): GetCountryCodeForRegion gives a code.
bool IsReferenceKnownRegion(const std::string& region);

// Country calling codes whose regions libphonenumber does not list main
// region first, then the others by name: the order validate/phone_number.cc
// rebuilds from the metadata. Empty while the two agree.
std::vector<int> CodesListedInAnotherOrder();

// libphonenumber's example number of every region and number type, in E.164
// ("+14155550132"): a sample of each rule in its metadata.
std::vector<std::string> ReferenceExampleNumbers();

}  // namespace logveil::accuracy
