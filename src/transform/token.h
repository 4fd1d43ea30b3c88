// Token text: hex and base64url encodings and the templates of the token
// actions (`[EMAIL:k1:3f9c1a7b2e4d]`, `[EMAIL~k1~...]`). Tokens use only
// bytes no detector finds, so scrubbing a token again leaves it alone.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "transform/crypto.h"
#include "transform/keys.h"

namespace logveil::transform {

// Returns the bytes of `digest` as a string_view (valid while it lives).
inline std::string_view DigestBytes(const Sha256Digest& digest) {
  return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

// Appends the first `hex_chars` lower-case hex digits of `bytes` (at most
// two per byte).
void AppendHex(std::string_view bytes, size_t hex_chars, std::string& out);

// Appends the bytes that the hex digits `hex` (any case) spell; returns
// false and appends nothing if `hex` has odd length or a non-hex byte.
bool AppendUnhexed(std::string_view hex, std::string& out);

// Appends `bytes` in base64url (RFC 4648 section 5) without padding.
void AppendBase64Url(std::string_view bytes, std::string& out);

// Appends the bytes that unpadded base64url `text` spells; returns false
// and appends nothing if it is not canonical unpadded base64url.
bool AppendBase64UrlDecoded(std::string_view text, std::string& out);

// Appends `token_template` with "{label}", "{key_id}" and "{hash}" expanded;
// other braces are copied as they are.
void AppendToken(std::string_view token_template, std::string_view label,
                 std::string_view key_id, std::string_view hash,
                 std::string& out);

// Appends the token of the hash action for `value`: `token_template` with
// {hash} the first `hex_chars` hex digits of KeyedValueDigest of the
// value in its canonical form (canonical.h; national phone numbers read in
// `phone_regions`).
void AppendHashToken(const NamedKey& key, std::string_view tenant,
                     int hex_chars, std::string_view token_template,
                     std::span<const std::string> phone_regions,
                     std::string_view label, std::string_view value,
                     std::string& out);

}  // namespace logveil::transform
