// US Social Security numbers: the SSA's rules for numbers never issued.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `ssn` ("AAA-GG-SSSS" or 9 digits) could have been issued:
// area not 000, 666 or 900-999, group not 00, serial not 0000 (SSA, "Social
// Security Number Randomization", 2011).
bool IsPlausibleUsSsn(std::string_view ssn);

}  // namespace logveil::validate
