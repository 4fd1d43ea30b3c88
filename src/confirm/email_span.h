// E-mail spans by hand, for the common case: the contact.email regex
// (patterns/contact.yaml) costs RE2 ~0.6 µs per line with an '@', most of
// it per match (the reverse search for where the address starts). On texts
// with nothing but ASCII around their '@'s, no quoted local part and no
// address literal, the regex reduces to a few byte classes and one
// backtracking choice (how many labels before the top-level domain), which
// this scanner reproduces exactly. On any other text it declines and the
// regex runs. Pattern files name it with `fast_path: email`.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm {

// If `text` is one this scanner decides, appends what the e-mail regex's
// FindAll would (every leftmost-first match, left to right) and returns
// true; otherwise leaves `out` as it was and returns false.
bool FindEmailSpans(std::string_view text, std::vector<ByteRange>& out);

}  // namespace logveil::confirm
