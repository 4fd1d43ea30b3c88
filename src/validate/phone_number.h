// libphonenumber adapter: the only includer of <phonenumbers/...>. Decides
// whether a candidate digit string is a real, valid number for its country.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace logveil::validate {

// Returns true if `number` parses as a phone number and libphonenumber says
// it is valid. Numbers starting with '+' (or "00"/"tel:", already normalised
// to '+' by the caller or not) are judged by their country code; others as
// national numbers of `region` (ISO 3166 alpha-2, e.g. "US").
// Thread-safe.
bool IsValidPhoneNumber(std::string_view number, std::string_view region);

// Returns true if `number` parses, read as IsValidPhoneNumber reads it, and
// has a length its country dials (libphonenumber's IS_POSSIBLE; a number
// only dialable locally does not count). Does not ask whether the range is
// assigned: for numbers that a key names ("phone=..."), where new ranges,
// metadata older than the number and typos are personal data all the same.
// Thread-safe.
bool IsPossiblePhoneNumber(std::string_view number, std::string_view region);

// Returns true if `digits` are a valid number written in E.164 form without
// its '+', as MSISDNs and WhatsApp ids are ("447911123456"), or with it: up
// to 15 digits, no leading zero, judged by their country code whatever the
// regions. Valid, not only possible: nearly any 8 to 15 digits have a
// possible length for some country code. The `e164` validator of pattern
// files. Thread-safe.
bool IsValidE164Number(std::string_view digits);

// Appends `number` in E.164 ("+14155550132") and returns true if it is
// valid: an international number ('+', "00", "tel:") by its country code,
// a national one in the first of `regions` where it is valid. Returns
// false, appending nothing, otherwise (a merely possible number may be
// possible in several regions). Thread-safe.
bool AppendE164PhoneNumber(std::string_view number,
                           std::span<const std::string> regions,
                           std::string& out);

// Returns true if `region` is a region libphonenumber knows.
bool IsKnownPhoneRegion(std::string_view region);

}  // namespace logveil::validate
