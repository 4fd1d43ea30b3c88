#include "validate/email.h"

#include <algorithm>

#include "base/ascii.h"
#include "validate/email_domain.h"

namespace logveil::validate {
namespace {

constexpr size_t kMaxLocalBytes = 64;    // RFC 5321 4.5.3.1.1
constexpr size_t kMaxDomainBytes = 253;  // RFC 1035, without the root dot
constexpr size_t kMaxLabelBytes = 63;
constexpr int kMaxIpv6Groups = 8;

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
}

// A dotted quad of decimal octets up to 255.
bool IsIpv4(std::string_view text) {
  int octets = 0;
  while (true) {
    size_t digits = 0;
    int value = 0;
    while (digits < text.size() && ascii::IsDigit(text[digits])) {
      value = value * 10 + (text[digits] - '0');
      if (++digits > 3) return false;
    }
    if (digits == 0 || value > 255) return false;
    text.remove_prefix(digits);
    if (++octets == 4) return text.empty();
    if (text.empty() || text[0] != '.') return false;
    text.remove_prefix(1);
  }
}

// Counts the groups of one side of "::" (or of a whole address): 1-4 hex
// digits each, joined by ':', the last of them possibly a dotted quad (two
// groups). Returns -1 if `side` is none of that.
int CountIpv6Groups(std::string_view side) {
  if (side.empty()) return 0;
  int groups = 0;
  while (true) {
    size_t colon = side.find(':');
    std::string_view group = side.substr(0, colon);
    if (colon == std::string_view::npos && group.find('.') != group.npos) {
      return IsIpv4(group) ? groups + 2 : -1;
    }
    if (group.empty() || group.size() > 4 ||
        !std::all_of(group.begin(), group.end(), ascii::IsHexDigit)) {
      return -1;
    }
    ++groups;
    if (colon == std::string_view::npos) return groups;
    side.remove_prefix(colon + 1);
  }
}

// An IPv6 address in text form: eight groups, or fewer around one "::".
bool IsIpv6(std::string_view text) {
  size_t gap = text.find("::");
  if (gap == std::string_view::npos) {
    return CountIpv6Groups(text) == kMaxIpv6Groups;
  }
  int before = CountIpv6Groups(text.substr(0, gap));
  int after = CountIpv6Groups(text.substr(gap + 2));
  return before >= 0 && after >= 0 && before + after < kMaxIpv6Groups;
}

// "[192.0.2.1]" or "[IPv6:2001:db8::1]" (RFC 5321 4.1.3).
bool IsAddressLiteral(std::string_view domain) {
  if (domain.size() < 3 || domain.front() != '[' || domain.back() != ']') {
    return false;
  }
  std::string_view address = domain.substr(1, domain.size() - 2);
  constexpr std::string_view kIpv6Tag = "ipv6:";
  if (address.size() > kIpv6Tag.size() &&
      std::equal(kIpv6Tag.begin(), kIpv6Tag.end(), address.begin(),
                 [](char tag, char c) { return ascii::ToLower(c) == tag; })) {
    return IsIpv6(address.substr(kIpv6Tag.size()));
  }
  return IsIpv4(address);
}

// A host name of two or more labels up to 63 bytes whose last label is a
// known TLD ("test@io" is a login at a host, not a mailbox: ICANN keeps
// dotless domains out of the root zone).
bool IsHostName(std::string_view domain) {
  if (domain.empty() || domain.size() > kMaxDomainBytes) return false;
  size_t start = 0;
  while (true) {
    size_t dot = domain.find('.', start);
    size_t end = dot == std::string_view::npos ? domain.size() : dot;
    if (end == start || end - start > kMaxLabelBytes) return false;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (start == 0) return false;
  std::string_view tld = domain.substr(start);
  // Unicode TLDs (".рф") would need IDNA to look up; the list holds their
  // ASCII (xn--) forms.
  return IsAscii(tld) ? IsKnownTld(tld) : true;
}

}  // namespace

bool SplitEmail(std::string_view address, EmailParts& parts) {
  size_t at = address.rfind('@');
  size_t separator_size = 1;
  if (at == std::string_view::npos) {
    at = address.rfind("%40");
    separator_size = 3;
  }
  if (at == std::string_view::npos || at == 0) return false;
  parts.local = address.substr(0, at);
  parts.separator = address.substr(at, separator_size);
  parts.domain = address.substr(at + separator_size);
  return true;
}

bool IsPlausibleEmail(std::string_view address) {
  EmailParts parts;
  if (!SplitEmail(address, parts) || parts.local.size() > kMaxLocalBytes) {
    return false;
  }
  return parts.domain.starts_with('[') ? IsAddressLiteral(parts.domain)
                                       : IsHostName(parts.domain);
}

}  // namespace logveil::validate
