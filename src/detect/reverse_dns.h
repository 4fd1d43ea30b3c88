// Addresses written as reverse DNS names: an IPv4 quad before
// ".in-addr.arpa" reads last octet first (3.2.1.10 is 10.1.2.3, RFC 1035
// 3.5), and 32 dotted nibbles before ".ip6.arpa" spell an IPv6 address
// last nibble first (RFC 3596). A hash, pseudonym or truncated network of
// the bytes as written would be of another address: the /24 kept by
// `generalize` would be the host's octets. Marking the finding lets
// transform/ act on the forward address (transform/reverse_dns.h).
#pragma once

#include <string_view>
#include <vector>

#include "detect/finding.h"

namespace logveil::detect {

// True if `value` is 32 hex digits, each followed by a dot but the last:
// the address part of an ip6.arpa name.
bool IsDottedNibbles(std::string_view value);

// Sets `reverse_dns` on each finding of `findings` (offsets into `text`)
// that is a dotted quad followed by ".in-addr.arpa" or 32 dotted nibbles
// followed by ".ip6.arpa" (any case), as written (not from a decoded view).
void MarkReverseDns(std::string_view text, std::vector<Finding>& findings);

}  // namespace logveil::detect
