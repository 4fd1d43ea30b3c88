// Actions on addresses written as reverse DNS names (detect/reverse_dns.h):
// `hash`, `pseudonymize` and `generalize` work on the forward address, so
// "3.2.1.10.in-addr.arpa" gets the token of 10.1.2.3, a pseudonym that
// keeps 10.1.2.3's prefix, and a /24 that drops the host octet "3" rather
// than the network's "10"; a pseudonym or network is written back last
// part first, so the name stays a reverse name.
#pragma once

#include <string>
#include <string_view>

namespace logveil::transform {

// Appends to `forward` the address `reversed` spells: a dotted quad with
// its octets in the other order, or the 32 dotted nibbles of an ip6.arpa
// name as a full-form IPv6 address. Returns false, appending nothing, if
// `reversed` is neither.
bool AppendForwardAddress(std::string_view reversed, std::string& forward);

// Appends `address` written as a reverse name would hold it: a dotted quad
// last octet first, an IPv6 address as 32 dotted nibbles last first (hex
// letters in upper case if `uppercase`). Anything else (a token) is
// appended as it is.
void AppendReversedAddress(std::string_view address, bool uppercase,
                           std::string& out);

}  // namespace logveil::transform
