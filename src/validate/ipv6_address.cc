#include "validate/ipv6_address.h"

#include <cstring>

#include "base/ascii.h"

namespace logveil::validate {
namespace {

constexpr int kAddressBytes = 16;
constexpr int kMaxGroupDigits = 4;

// A dotted quad that ends the text ("192.0.2.1"): four decimal octets of at
// most 255, none with a leading zero.
bool ParseQuad(std::string_view text, uint8_t* out) {
  int octets = 0;
  int value = 0;
  bool digits = false;  // in the current octet
  for (char c : text) {
    if (ascii::IsDigit(c)) {
      if (digits && value == 0) return false;  // "01"
      value = value * 10 + (c - '0');
      if (value > 255) return false;
      if (!digits) ++octets;
      digits = true;
    } else if (c == '.' && digits && octets < 4) {
      out[octets - 1] = uint8_t(value);
      value = 0;
      digits = false;
    } else {
      return false;
    }
  }
  if (octets != 4) return false;  // a '.' after the fourth failed above
  out[3] = uint8_t(value);
  return true;
}

}  // namespace

bool ParseIpv6Address(std::string_view text, uint8_t (&bytes)[16]) {
  uint8_t parsed[kAddressBytes] = {};
  int filled = 0;
  int gap = -1;  // where "::" stands, in bytes
  unsigned value = 0;
  int digits = 0;  // in the current group
  if (text.empty()) return false;
  size_t i = 0;
  // A leading colon is half of a "::"; the second one marks the gap.
  if (text[0] == ':') {
    if (text.size() < 2 || text[1] != ':') return false;
    i = 1;
  }
  size_t group_begin = i;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (ascii::IsHexDigit(c)) {
      if (digits == kMaxGroupDigits) return false;
      value = value << 4 | unsigned(ascii::HexValue(c));
      ++digits;
      continue;
    }
    if (c == ':') {
      group_begin = i + 1;
      if (digits == 0) {
        if (gap >= 0) return false;  // a second "::", or ":::"
        gap = filled;
        continue;
      }
      if (i + 1 == text.size() || filled + 2 > kAddressBytes) return false;
      parsed[filled++] = uint8_t(value >> 8);
      parsed[filled++] = uint8_t(value);
      value = 0;
      digits = 0;
      continue;
    }
    // A '.' makes the current group the head of a dotted quad, which must
    // run to the end.
    if (c != '.' || filled + 4 > kAddressBytes ||
        !ParseQuad(text.substr(group_begin), parsed + filled)) {
      return false;
    }
    filled += 4;
    digits = 0;
    break;
  }
  if (digits > 0) {
    if (filled + 2 > kAddressBytes) return false;
    parsed[filled++] = uint8_t(value >> 8);
    parsed[filled++] = uint8_t(value);
  }
  if (gap >= 0) {
    if (filled == kAddressBytes) return false;  // "::" must stand for a group
    int tail = filled - gap;
    std::memmove(parsed + kAddressBytes - tail, parsed + gap, size_t(tail));
    std::memset(parsed + gap, 0, size_t(kAddressBytes - tail - gap));
    filled = kAddressBytes;
  }
  if (filled != kAddressBytes) return false;
  std::memcpy(bytes, parsed, kAddressBytes);
  return true;
}

}  // namespace logveil::validate
