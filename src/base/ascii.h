// Locale-free ASCII character classes. The scanners use only ASCII word
// boundaries: a Unicode-aware boundary costs 20x on non-ASCII lines and buys
// nothing for the kinds of data logveil finds.
#pragma once

#include <string_view>

namespace logveil::ascii {

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAlpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
constexpr bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
constexpr bool IsHexDigit(char c) {
  return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsWordChar(char c) { return IsAlnum(c) || c == '_'; }
constexpr char ToLower(char c) { return IsUpper(c) ? char(c | 0x20) : c; }
constexpr int HexValue(char c) {
  return IsDigit(c) ? c - '0' : (ToLower(c) - 'a' + 10);
}
// True if `text` equals `lower` (lower case) ignoring ASCII case.
constexpr bool EqualsLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (ToLower(text[i]) != lower[i]) return false;
  }
  return true;
}

}  // namespace logveil::ascii
