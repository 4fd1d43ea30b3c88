// Replacements for findings in escaped text (detect::Finding::encoding): the
// action sees what the bytes mean, and what it writes goes back in the same
// encoding, so `john%40example.com` pseudonymized reads `x%40example.net`
// and a query string stays a query string
// (docs/decisions/0005-encoded-forms.md).
#pragma once

#include <string>
#include <string_view>

#include "detect/finding.h"
#include "transform/action.h"

namespace logveil::transform {

// Appends the replacement of `finding`, of `label`, whose bytes in the text
// are `raw`, to `out`. An address in a reverse DNS name (its `reverse_dns`)
// is hashed, pseudonymized or generalized as the forward address
// (transform/reverse_dns.h). Then, by the finding's `encoding`:
//  - keep copies `raw`; encrypt seals `raw` as written, so `logveil reveal`
//    gives back the same bytes;
//  - the other actions work on `raw` decoded. Values of the same type (mask,
//    pseudonym, generalized) write each byte the way `raw` escaped it (the
//    same `%40` or `&#64;`); tokens (`[EMAIL]`, hash) are written as they
//    are. Either way, a byte the encoding cannot hold as it is (`%`, or '+'
//    and '&' in a query string, '<' in HTML, '"' in JSON) is escaped when
//    `raw` holds an escape or lies in a query string.
// kNone is AppendReplacement on `raw`.
void AppendFindingReplacement(const Action& action, std::string_view label,
                              std::string_view raw,
                              const detect::Finding& finding, std::string& out);

}  // namespace logveil::transform
