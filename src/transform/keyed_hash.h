// Keyed pseudonyms: HMAC-SHA-256 (RFC 2104, FIPS 180-4). The only includer of
// OpenSSL. Never an unkeyed hash: a phone number has ~10^10 values, so an
// unkeyed digest is reversed by enumeration in minutes.
#pragma once

#include <string>
#include <string_view>

namespace logveil::transform {

// Appends to `out` the first `hex_chars` (1..64) lower-case hex digits of
// HMAC-SHA-256(key, message).
void AppendHmacSha256Hex(std::string_view key, std::string_view message,
                         int hex_chars, std::string& out);

}  // namespace logveil::transform
