// Finder for phone numbers: international (+CC, 00CC, tel:) validated by
// libphonenumber, national formats for the configured regions.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindPhones(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kPhoneSteps;

}  // namespace logveil::confirm
