// Finder for Brazilian CPF numbers written DDD.DDD.DDD-DD, standing alone
// (no letter, digit, '_' or '.' before, no word byte after), whose check
// digits are right (validate/br_cpf.h). Written so, a CPF needs no key:
// nothing else in logs has that shape and its check digits. Eleven bare
// digits are a CPF only after a key (government_id.national_id). A finder,
// not a regex, for the reason given in confirm/us_ssn.h.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindBrCpfs(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kBrCpfSteps;

}  // namespace logveil::confirm
