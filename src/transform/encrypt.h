// The encrypt action and its inverse. A token is
//   [LABEL~key_id~base64url(V || C)]
// where V || C is AES-SIV (RFC 5297) of the value with the label (and the
// tenant, if any) as associated data: deterministic, so equal values give
// equal tokens and joins still work; authenticated, so a wrong key, tenant
// or label is detected instead of revealing garbage. '~' and base64url hold
// nothing any detector finds, so a second pass leaves tokens alone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "transform/keys.h"

namespace logveil::transform {

// Where a token stands. A JSON number cannot hold a token, so it becomes a
// string token marked "~n" ([CARD~k1~...~n]): reveal then drops the quotes
// around it and gives the number back. The payload is the same as the text
// form's, so the two still join.
enum class TokenForm { kText, kJsonNumber };

// Appends the encrypt token of `value`, a finding of `label`.
void AppendEncrypted(const EncryptKey& key, std::string_view label,
                     std::string_view value, std::string& out);
void AppendEncrypted(const EncryptKey& key, std::string_view label,
                     std::string_view value, TokenForm form, std::string& out);

// Appends `text` with every encrypt token replaced by the value it holds
// (a "~n" token between quotes replaces the quotes too),
// decrypted with the key of the token's id from `keys` (all keys ever
// active, so rotated-out tokens still open). A token with an id not in
// `keys`, or that does not authenticate, is a kConfig error naming the label
// and key id (never the token); `out` then holds the text before that token.
// Text that merely looks like a token (too short to hold a tag, not base64url)
// is copied.
Status AppendRevealed(std::string_view text,
                      const std::vector<EncryptKey>& keys, std::string& out);

}  // namespace logveil::transform
