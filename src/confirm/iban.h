// Finder for IBANs with the registered length for their country and a valid
// mod-97 check, grouped or not.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindIbans(std::string_view text, const FindOptions& options,
               std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kIbanSteps;

}  // namespace logveil::confirm
