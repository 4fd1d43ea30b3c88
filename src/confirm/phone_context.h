// The words before a phone number candidate: a key or phrase that names a
// phone number ("phone: ", "\"mobileNo\":", "call me at") lets a number
// through that separators alone would not; an id key ("order id") stops it.
#pragma once

#include <cstddef>
#include <string_view>

#include "base/ascii.h"

namespace logveil::confirm::phone {

// True if `text` equals `lower` (lower case) ignoring ASCII case.
inline bool EqualsLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (ascii::ToLower(text[i]) != lower[i]) return false;
  }
  return true;
}

// True if `token` equals one of `words` (lower case) ignoring case.
template <size_t N>
bool IsOneOf(std::string_view token, const std::string_view (&words)[N]) {
  for (std::string_view word : words) {
    if (EqualsLower(token, word)) return true;
  }
  return false;
}

// True if a key or phrase right before `pos` names a phone number.
bool HasPhoneContext(std::string_view text, size_t pos);

// True if the key right before `pos` names an identifier ("order_id: ").
bool HasIdContext(std::string_view text, size_t pos);

}  // namespace logveil::confirm::phone
