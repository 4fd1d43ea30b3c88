#include "transform/canonical.h"

#include "base/ascii.h"
#include "transform/ip_text.h"
#include "transform/ipcrypt_pfx.h"
#include "transform/value_kind.h"
#include "validate/phone_number.h"

namespace logveil::transform {
namespace {

std::string_view CanonicalIp(std::string_view value, std::string& scratch) {
  IpText ip;
  if (!ParseIpText(value, ip)) return value;
  IpText style;
  style.ipv4 = ip.ipv4;
  style.compressed = true;
  style.dotted_tail = !ip.ipv4 && IsIpv4Mapped(ip.address);
  style.zone = ip.zone;
  AppendIpText(ip.address, style, scratch);
  return scratch;
}

// Hex digits and the separators MACs are written with (':', '-', '.').
std::string_view CanonicalMac(std::string_view value, std::string& scratch) {
  size_t digits = 0;
  for (char c : value) {
    if (!ascii::IsHexDigit(c)) {
      if (c == ':' || c == '-' || c == '.') continue;
      scratch.clear();
      return value;
    }
    if (digits > 0 && digits % 2 == 0) scratch.push_back(':');
    scratch.push_back(ascii::ToLower(c));
    ++digits;
  }
  if (digits == 0 || digits % 2 != 0) {
    scratch.clear();
    return value;
  }
  return scratch;
}

// Digits, and a leading '+' when `keep_plus`; any other byte but the
// grouping ones (space, '-', '.', '(', ')', '/') leaves the value as written.
std::string_view CanonicalDigits(std::string_view value, bool keep_plus,
                                 std::string& scratch) {
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (ascii::IsDigit(c) || (keep_plus && c == '+' && i == 0)) {
      scratch.push_back(c);
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' &&
               c != '/') {
      scratch.clear();
      return value;
    }
  }
  return scratch;
}

std::string_view CanonicalEmail(std::string_view value, std::string& scratch) {
  size_t at = value.rfind('@');
  if (at == std::string_view::npos) return value;
  scratch.assign(value, 0, at + 1);
  for (char c : value.substr(at + 1)) scratch.push_back(ascii::ToLower(c));
  return scratch;
}

std::string_view CanonicalPhone(std::string_view value,
                                std::span<const std::string> regions,
                                std::string& scratch) {
  if (validate::AppendE164PhoneNumber(value, regions, scratch)) return scratch;
  return CanonicalDigits(value, /*keep_plus=*/true, scratch);
}

}  // namespace

std::string_view CanonicalValue(std::string_view label, std::string_view value,
                                std::span<const std::string> phone_regions,
                                std::string& scratch) {
  scratch.clear();
  switch (KindOfLabel(label)) {
    case ValueKind::kIpv4:
    case ValueKind::kIpv6:
      return CanonicalIp(value, scratch);
    case ValueKind::kMac:
      return CanonicalMac(value, scratch);
    case ValueKind::kCard:
      return CanonicalDigits(value, /*keep_plus=*/false, scratch);
    case ValueKind::kPhone:
      return CanonicalPhone(value, phone_regions, scratch);
    case ValueKind::kEmail:
      return CanonicalEmail(value, scratch);
    case ValueKind::kGeo:
    case ValueKind::kOther:
      return value;
  }
  return value;
}

}  // namespace logveil::transform
