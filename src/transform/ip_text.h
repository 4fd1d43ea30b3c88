// IP addresses as text: parses an IPv4 or IPv6 finding into 16 bytes and
// remembers how it was written, so that a pseudonym or a truncated address
// is written the same way (case, zero padding, "::" compression, a dotted
// IPv4 tail, a %zone, the dashes of a quad in a host name). Keeping the style
// keeps the output parseable where the input was: an uncompressed
// "0:0:0:0:0:0:0:1" before ":2181" must not come back compressed, or the port
// would read as part of the address.
#pragma once

#include <string>
#include <string_view>

#include "transform/ipcrypt_pfx.h"

namespace logveil::transform {

struct IpText {
  Ip16 address{};             // IPv4 as IPv4-mapped ::ffff:a.b.c.d
  bool ipv4 = false;          // a dotted quad on its own
  char ipv4_separator = '.';  // '-' in a host name: ip-10-0-0-1.example
  bool padded = false;        // every group at full width: 0db8, 010
  bool compressed = false;    // IPv6 with "::"
  bool uppercase = false;     // IPv6 hex letters in upper case
  bool dotted_tail = false;   // IPv6 ending in a dotted quad
  std::string_view zone;      // "%eth0" as written (a view into the input)
};

// Parses `text`, a dotted (or dashed) quad or an IPv6 address with an
// optional %zone.
// Returns false if it is neither.
bool ParseIpText(std::string_view text, IpText& ip);

// Appends `address` written in the style of `style` (its address is
// ignored). An IPv4 style needs an IPv4-mapped address.
void AppendIpText(const Ip16& address, const IpText& style, std::string& out);

}  // namespace logveil::transform
