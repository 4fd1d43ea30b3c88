// E-mail addresses as the contact.email pattern matches them: the checks a
// regex cannot make (RFC 5321 lengths, a real top-level domain, the numbers
// of an address literal), and the split into local part and domain that the
// validator, the allow-list and the pseudonymizer share.
#pragma once

#include <string_view>

namespace logveil::validate {

struct EmailParts {
  std::string_view local;
  std::string_view separator;  // "@", or "%40" (a URL-encoded '@')
  std::string_view domain;
};

// Splits `address` at its last '@', or else at its last "%40" (a quoted
// local part may hold an '@'; a domain never does). Returns false if there
// is neither, or nothing before it.
bool SplitEmail(std::string_view address, EmailParts& parts);

// Returns true if `address` is a plausible e-mail address: a local part of
// at most 64 bytes, and a domain that is either a host name of at most 253
// bytes, two or more labels of at most 63, ending in a known top-level domain
// (patterns/tlds.txt; a non-ASCII one is taken as is), or an address
// literal ("[192.0.2.1]", "[IPv6:2001:db8::1]") with a valid address. Dots
// and hyphens are not checked against RFC 5322 on purpose: "first..last@"
// and "a@-b.com" are typos of an address, and personal data all the same.
bool IsPlausibleEmail(std::string_view address);

}  // namespace logveil::validate
