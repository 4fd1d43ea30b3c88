#include "transform/ip_text.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "base/ascii.h"
#include "validate/ipv6_address.h"

namespace logveil::transform {
namespace {

// Parses a quad of decimal octets (1-3 digits, 0-255) joined by
// `separator` into the last four bytes of `address`; sets `padded` if every
// octet has three digits and one has a leading zero (all of
// 192.168.100.200 have three anyway).
bool ParseDottedQuad(std::string_view text, char separator, Ip16& address,
                     bool& padded) {
  padded = true;
  bool leading_zero = false;
  size_t at = 0;
  for (int octet = 0; octet < 4; ++octet) {
    if (octet > 0) {
      if (at >= text.size() || text[at] != separator) return false;
      ++at;
    }
    int value = 0, digits = 0;
    while (at < text.size() && ascii::IsDigit(text[at]) && digits < 3) {
      value = value * 10 + (text[at++] - '0');
      ++digits;
    }
    if (digits == 0 || value > 255) return false;
    padded = padded && digits == 3;
    leading_zero = leading_zero || (digits > 1 && text[at - digits] == '0');
    address[12 + octet] = static_cast<uint8_t>(value);
  }
  padded = padded && leading_zero;
  return at == text.size();
}

void AppendDecimalOctets(const Ip16& address, bool padded, char separator,
                         std::string& out) {
  for (int i = 12; i < 16; ++i) {
    if (i > 12) out.push_back(separator);
    int value = address[i];
    if (padded || value >= 100)
      out.push_back(static_cast<char>('0' + value / 100));
    if (padded || value >= 10)
      out.push_back(static_cast<char>('0' + value / 10 % 10));
    out.push_back(static_cast<char>('0' + value % 10));
  }
}

void SetIpv4Mapped(Ip16& address) {
  address.fill(0);
  address[10] = address[11] = 0xff;
}

bool ParseIpv6(std::string_view text, IpText& ip) {
  uint8_t bytes[16];
  if (!validate::ParseIpv6Address(text, bytes)) return false;
  std::copy(std::begin(bytes), std::end(bytes), ip.address.begin());
  ip.compressed = text.find("::") != std::string_view::npos;
  ip.dotted_tail = text.find('.') != std::string_view::npos;
  // Padded: every group has four digits and one starts with a zero.
  bool upper = false, lower = false, leading_zero = false;
  ip.padded = true;
  int group_digits = 0;
  for (char c : text) {
    if (c == '.') break;  // the dotted tail has no hex groups
    if (c == ':') {
      ip.padded = ip.padded && (group_digits == 0 || group_digits == 4);
      group_digits = 0;
      continue;
    }
    leading_zero = leading_zero || (group_digits == 0 && c == '0');
    ++group_digits;
    upper = upper || (c >= 'A' && c <= 'F');
    lower = lower || (c >= 'a' && c <= 'f');
  }
  if (!ip.dotted_tail) ip.padded = ip.padded && group_digits == 4;
  ip.padded = ip.padded && leading_zero;
  ip.uppercase = upper && !lower;
  return true;
}

// Appends 16-bit `group` in hex, padded to four digits or not.
void AppendGroup(unsigned group, const IpText& style, std::string& out) {
  const char* digits =
      style.uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
  bool started = style.padded;
  for (int shift = 12; shift >= 0; shift -= 4) {
    unsigned digit = group >> shift & 0xf;
    started = started || digit != 0 || shift == 0;
    if (started) out.push_back(digits[digit]);
  }
}

}  // namespace

bool ParseIpText(std::string_view text, IpText& ip) {
  ip = IpText{};
  if (text.find(':') == std::string_view::npos) {
    SetIpv4Mapped(ip.address);
    ip.ipv4 = true;
    if (text.find('-') != std::string_view::npos) ip.ipv4_separator = '-';
    return ParseDottedQuad(text, ip.ipv4_separator, ip.address, ip.padded);
  }
  size_t percent = text.find('%');
  if (percent != std::string_view::npos) {
    ip.zone = text.substr(percent);
    text = text.substr(0, percent);
  }
  return ParseIpv6(text, ip);
}

void AppendIpText(const Ip16& address, const IpText& style, std::string& out) {
  if (style.ipv4) {
    AppendDecimalOctets(address, style.padded, style.ipv4_separator, out);
    return;
  }
  int groups = style.dotted_tail ? 6 : 8;
  unsigned values[8];
  for (int i = 0; i < groups; ++i)
    values[i] = address[2 * i] << 8 | address[2 * i + 1];
  // RFC 5952: "::" replaces the leftmost longest run of two or more zeros.
  int run_begin = -1, run_length = 1;
  for (int i = 0; style.compressed && i < groups;) {
    int j = i;
    while (j < groups && values[j] == 0) ++j;
    if (j - i > run_length) run_begin = i, run_length = j - i;
    i = j + 1;
  }
  for (int i = 0; i < groups; ++i) {
    if (i == run_begin) {
      out.append("::");
      i += run_length - 1;
      continue;
    }
    if (i > 0 && i != run_begin + run_length) out.push_back(':');
    AppendGroup(values[i], style, out);
  }
  if (style.dotted_tail) {
    if (run_begin + run_length != groups) out.push_back(':');
    AppendDecimalOctets(address, /*padded=*/false, '.', out);
  }
  out.append(style.zone);
}

}  // namespace logveil::transform
