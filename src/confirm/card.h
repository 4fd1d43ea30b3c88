// Finder for payment card numbers: 13-19 digits with a known network prefix,
// or 12-19 digits right after a word that names a card; Luhn-valid, plain or
// grouped by spaces or dashes; not arbitrary Luhn-passing ids.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindCards(std::string_view text, const FindOptions& options,
               std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kCardSteps;

}  // namespace logveil::confirm
