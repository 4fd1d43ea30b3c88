// Layouts of national phone numbers: which groupings of digits read as a
// phone number in a region's printed style, and which as dates, addresses
// or decimals.
#pragma once

#include <cstddef>
#include <string_view>

#include "confirm/phone_run.h"

namespace logveil::confirm::phone {

// Rejects the first `k` groups when they read as something else: a date, an
// IPv4 address or version ("10.10.34.11"), a decimal ("80.585"), mixed
// dots ("00.008 25746") or loose single digits.
bool HasPlausibleGroups(const Run& run, size_t k);

// Outside NANP, national numbers are written with their trunk prefix
// ("030 123456", "01 84 17 61 18", "0 532 123 45 67") or an area code in
// parentheses ("(08) 8747 6301", "8 (495) 123-45-67"). Without one, groups
// of digits are far more often log fields ("200 203023", "8086/2410").
bool HasTrunkLayout(std::string_view text, const Run& run, size_t k);

// NANP numbers are printed 3-3-4, maybe after a "1": "(415) 555-0132",
// "1-650-333-6000". Other layouts of ten digits are ids, dates or lists.
bool HasNanpLayout(std::string_view text, const Run& run, size_t k);

// True for the North American Numbering Plan regions (country code 1).
bool IsNanpRegion(std::string_view region);

}  // namespace logveil::confirm::phone
