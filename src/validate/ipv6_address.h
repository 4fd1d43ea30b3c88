// IPv6 addresses in text (RFC 4291 section 2.2): the parse of
// inet_pton(AF_INET6), for the IPv6 finder's hot path, where copying each
// candidate to a C string and calling inet_pton cost a quarter of a visit.
#pragma once

#include <cstdint>
#include <string_view>

namespace logveil::validate {

// Returns true, and the 16 bytes of the address, if `text` is one: eight
// groups of 1-4 hex digits joined by ':', or six and a dotted quad (decimal
// octets without leading zeros), with at most one "::" standing for one or
// more zero groups. Accepts exactly what glibc's inet_pton(AF_INET6) does.
bool ParseIpv6Address(std::string_view text, uint8_t (&bytes)[16]);

}  // namespace logveil::validate
