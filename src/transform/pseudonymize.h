// The pseudonymize action: keyed pseudonyms that keep the type's format, so
// parsers and dashboards downstream still work and one customer, vehicle or
// host can be followed through the logs without being seen.
//
//   IPv4, IPv6  ipcrypt-pfx (prefix-preserving), optionally the first N
//               bits in clear; written in the input's style
//   EMAIL       24 hex digits of local part (16 of pseudonym, 8 of a keyed
//               tag that marks it as ours), domain kept or pseudonymized
//   PHONE       country code (or trunk prefix) and the first national digit
//               kept, the other digits permuted, separators kept
//   CARD        IIN and last four kept or not, the middle permuted, one
//               digit chosen so the Luhn check fails (or passes, if asked)
//   MAC         OUI kept, the device half permuted
//   GEO         rounded as by generalize (a keyed coordinate is no use)
//   other       the hash token, [LABEL:key_id:hex]
//
// Same value, key and tenant: same pseudonym, in every run and thread.
// docs/pseudonyms.md has the details and what a second pass does.
#pragma once

#include <string>
#include <string_view>

#include "transform/action.h"

namespace logveil::transform {

// Appends the pseudonym of `value`, a finding of `label`.
void AppendPseudonym(const PseudonymizeAction& action, std::string_view label,
                     std::string_view value, std::string& out);

// The type-specific pseudonyms. Each appends and returns true, or returns
// false without appending if `value` is not of its form (the caller falls
// back to the hash token).
bool AppendIpPseudonym(const PseudonymizeAction& action, std::string_view value,
                       std::string& out);
bool AppendEmailPseudonym(const PseudonymizeAction& action,
                          std::string_view value, std::string& out);
bool AppendPhonePseudonym(const PseudonymizeAction& action,
                          std::string_view value, std::string& out);
bool AppendCardPseudonym(const PseudonymizeAction& action,
                         std::string_view value, std::string& out);
bool AppendMacPseudonym(const PseudonymizeAction& action,
                        std::string_view value, std::string& out);

}  // namespace logveil::transform
