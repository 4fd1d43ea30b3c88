// Finder for US Social Security numbers written AAA-GG-SSSS: three, two and
// four digits joined by dashes, standing alone (no letter, digit or '_' on
// either side, like the regex \b...\b), that the SSA could have issued
// (validate/us_ssn.h). A finder, not a regex: a digit-class pattern has no
// literal for Hyperscan to skip on and cost a fifth of its scan time on
// digit-heavy logs; here it is a few shifts per 64-byte block.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindUsSsns(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kUsSsnSteps;

}  // namespace logveil::confirm
