#include "accuracy/miss_class.h"

#include <algorithm>

#include "base/ascii.h"

namespace logveil::accuracy {
namespace {

bool Has(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool HasNonAscii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80;
  });
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), ascii::IsDigit);
}

bool HasExtension(std::string_view value) {
  for (char c : value) {
    if (ascii::ToLower(c) == 'x') return true;  // "x456", "ext. 456"
  }
  return false;
}

std::string PhoneClass(std::string_view text, const ExpectedValue& value) {
  std::string_view number = value.range.In(text);
  char before = value.range.begin > 0 ? text[value.range.begin - 1] : ' ';
  if (value.invalid_number) return "not a valid number (libphonenumber)";
  if (ascii::IsAlpha(before))
    return "right after a letter (call+44, call(800))";
  if (HasNonAscii(number)) return "full-width digits or punctuation";
  if (HasExtension(number)) return "with an extension";
  if (IsInternationalPhone(number)) {
    if (number.starts_with("++")) return "'++' prefix";
    if (number.starts_with("00")) return "'00' international prefix";
    if (Has(number, "(0)")) return "'(0)' trunk marker";
    if (Has(number, "(")) return "international, area code in parentheses";
    return "international, other";
  }
  if (AllDigits(number)) return "national, digits only (no separators)";
  if (number.size() > 1 && number[0] == '1' && !ascii::IsDigit(number[1])) {
    return "national, trunk prefix '1'";
  }
  if (before == '-') return "national, preceded by '-'";
  if (Has(number, ".")) return "national, dot separators";
  return "national, other";
}

std::string EmailClass(std::string_view address) {
  size_t at = address.rfind('@');
  if (at == std::string_view::npos) return "no '@'";
  std::string_view local = address.substr(0, at);
  std::string_view domain = address.substr(at + 1);
  if (Has(domain, "xn--") || HasNonAscii(address)) return "IDN or punycode";
  if (!Has(domain, ".")) return "domain without a dot";
  if (local.size() > 64 || address.size() > 254) return "over-long address";
  for (char c : local) {
    if (!ascii::IsAlnum(c) && c != '.' && c != '_' && c != '%' && c != '+' &&
        c != '-') {
      return "rarely used character in the local part";
    }
  }
  size_t dot = domain.rfind('.');
  std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), ascii::IsAlpha)) {
    return "unusual top-level domain";
  }
  return "other";
}

// Spaces every four characters, as the IBAN registry prints them.
bool StandardGroups(std::string_view iban) {
  for (size_t i = 0; i < iban.size(); ++i) {
    if ((i % 5 == 4) != (iban[i] == ' ')) return false;
  }
  return true;
}

std::string IbanClass(std::string_view iban) {
  for (char c : iban) {
    if (c >= 'a' && c <= 'z') return "lower-case letters";
    if (c == '.' || c == '-') return "dot or dash separators";
  }
  if (!Has(iban, " ")) return "compact";
  return StandardGroups(iban) ? "groups of four" : "irregular grouping";
}

std::string CardClass(std::string_view card) {
  std::string digits;
  for (char c : card) {
    if (ascii::IsDigit(c)) digits += c;
  }
  return std::to_string(digits.size()) + " digits, prefix " +
         digits.substr(0, 2) + (AllDigits(card) ? "" : ", with separators");
}

// The most decimals any number in `text` has.
int MaxDecimals(std::string_view text) {
  int most = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.' || i == 0 || !ascii::IsDigit(text[i - 1])) continue;
    int decimals = 0;
    while (i + 1 < text.size() && ascii::IsDigit(text[i + 1])) {
      ++decimals;
      ++i;
    }
    most = std::max(most, decimals);
  }
  return most;
}

std::string GeoClass(std::string_view pair) {
  for (std::string_view hemisphere : {",N,", ",S,", ",E,", ",W,"}) {
    if (Has(pair, hemisphere)) return "NMEA ddmm.mmm fields";
  }
  if (HasNonAscii(pair) || Has(pair, "'") || Has(pair, "m ")) {
    return "degrees, minutes and seconds";
  }
  if (pair.find_first_of("123456789") == std::string_view::npos) {
    return "0,0 (no fix)";
  }
  if (MaxDecimals(pair) < 4) return "fewer than 4 decimals";
  return "decimal, other";
}

std::string MacClass(std::string_view mac) {
  if (Has(mac, " ")) return "space separators";
  if (Has(mac, ".")) return "dotted groups of four";
  int separators = 0;
  for (char c : mac) separators += c == ':' || c == '-';
  if (separators == 0) return "no separators";
  if (separators == 7) return "EUI-64 (8 groups)";
  return "other";
}

}  // namespace

std::string MissClassOf(std::string_view text, const ExpectedValue& value) {
  std::string_view bytes = value.range.In(text);
  switch (value.type) {
    case EvalType::kPhone:
      return PhoneClass(text, value);
    case EvalType::kEmail:
      return EmailClass(bytes);
    case EvalType::kMac:
      return MacClass(bytes);
    case EvalType::kIban:
      return IbanClass(bytes);
    case EvalType::kCard:
      return CardClass(bytes);
    case EvalType::kGeo:
      return GeoClass(bytes);
    case EvalType::kIpv4:
    case EvalType::kIpv6:
      return "other";
  }
  return "other";
}

}  // namespace logveil::accuracy
