// Email domains must end in a real top-level domain, so that `icon@2x.png`,
// `lodash@4.17.21` and `Scheduler@10.10.34.11` are not emails. The list is
// patterns/tlds.txt, embedded at build time.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `tld` (without the dot, any case) is a known TLD.
bool IsKnownTld(std::string_view tld);

// Returns true if the text after the last '.' of `email` is a known TLD.
bool HasKnownTld(std::string_view email);

}  // namespace logveil::validate
