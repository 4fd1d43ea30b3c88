// The form of a value that `hash` digests. One address, card or MAC written
// two ways (dashes in a host name, upper case, groups or none) must give one
// token, or a join on the token misses the person it should find. Values of
// other types, and values that do not read as their type, are digested as
// written; a value already in this form is digested as before.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace logveil::transform {

// Returns `value` in the canonical form of its type (by detector label):
// IPv4 dotted decimal; IPv6 as RFC 5952 writes it (lower case, "::" for the
// longest zero run, a dotted tail for IPv4-mapped), its %zone as written;
// MAC and EUI-64 in lower-case pairs joined by ':'; cards as their digits;
// phones in E.164 when valid (a national number in the first of
// `phone_regions` where it is, so "(415) 555-0132" and "+1 415-555-0132"
// are one), else their digits with a leading '+' kept; email with the
// domain in lower case. The result is `value` itself or a view into
// `scratch`.
std::string_view CanonicalValue(std::string_view label, std::string_view value,
                                std::span<const std::string> phone_regions,
                                std::string& scratch);

}  // namespace logveil::transform
