// Base64 (RFC 4648), either alphabet: the standard one ('+', '/') and the
// URL-safe one ('-', '_'), with or without '=' padding. Validators decode
// tokens and ids to see what they carry.
#pragma once

#include <string>
#include <string_view>

namespace logveil::validate {

// Appends the bytes `text` spells to `out`; stops at the first '='.
// Returns false if any other byte is not of either alphabet.
bool AppendBase64Decoded(std::string_view text, std::string& out);

// Returns true if `text` is standard padded base64 as protocols send it (a
// multiple of 4 bytes, '=' only at the end): the initial response of SMTP
// and IMAP authentication (RFC 4954), not a mechanism name such as
// OAUTHBEARER that happens to use the same letters.
bool IsPaddedBase64(std::string_view text);

}  // namespace logveil::validate
