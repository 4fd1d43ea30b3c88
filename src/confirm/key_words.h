// Case-insensitive word matching for the finders that read the key or
// words before a candidate (phone numbers, cards).
#pragma once

#include <cstddef>
#include <string_view>

#include "base/ascii.h"

namespace logveil::confirm {

// True if `token` equals one of `words` (lower case) ignoring case.
template <size_t N>
bool IsOneOf(std::string_view token, const std::string_view (&words)[N]) {
  for (std::string_view word : words) {
    if (ascii::EqualsLower(token, word)) return true;
  }
  return false;
}

}  // namespace logveil::confirm
