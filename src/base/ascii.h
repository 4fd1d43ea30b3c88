// Locale-free ASCII character classes. The scanners use only ASCII word
// boundaries: a Unicode-aware boundary costs 20x on non-ASCII lines and buys
// nothing for the kinds of data logveil finds.
#pragma once

#include <cstdint>
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
// A space or a tab: what separates words on one line.
constexpr bool IsBlank(char c) { return c == ' ' || c == '\t'; }
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

// A set of bytes, tested with one table lookup: string_view::find on a
// constant set is a memchr call per byte tested, which the finders and
// look-alike checks paid millions of times per run.
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) bits_[Index(c) / 64] |= uint64_t{1} << (Index(c) % 64);
  }
  constexpr bool Has(char c) const {
    return ((bits_[Index(c) / 64] >> (Index(c) % 64)) & 1) != 0;
  }

 private:
  static constexpr unsigned Index(char c) {
    return static_cast<unsigned char>(c);
  }
  uint64_t bits_[4] = {};
};

}  // namespace logveil::ascii
