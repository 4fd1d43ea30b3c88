#include "accuracy/debatable.h"

#include <algorithm>

#include "base/ascii.h"
#include "validate/email.h"
#include "validate/email_domain.h"

namespace logveil::accuracy {
namespace {

constexpr std::string_view kUndelegatedTld =
    "EMAIL: top-level domain not in the root zone";
constexpr std::string_view kDotlessDomain =
    "EMAIL: a top-level domain as the whole domain";
constexpr std::string_view kLogDelimiter =
    "EMAIL: '=', '/' or '|' in the local part";
constexpr std::string_view kTypoAddress =
    "EMAIL: RFC-invalid dots or hyphens in an address";
constexpr std::string_view kEscapedQuote =
    "EMAIL: a JSON-escaped quote before the '@'";
constexpr std::string_view kLongerDottedNumber =
    "IPV4: quad cut out of a longer dotted number";

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
}

// "test@iana.a", "test@io", "a@b.thisisminekthx": isemail files them as
// DNSWARN (valid syntax, no such domain). No mail reaches a TLD that is
// not delegated, and the same shape in logs is a file name (icon@2x.png) or
// a package pin as often as an address. Judged by the Public Suffix List
// snapshot in patterns/tlds.txt; non-ASCII TLDs are not judged.
bool HasUndelegatedTld(std::string_view domain) {
  if (domain.empty() || domain.front() == '[') return false;
  std::string_view tld = domain.substr(domain.rfind('.') + 1);
  return IsAscii(tld) && !validate::IsKnownTld(tld);
}

// "test@io": valid syntax, but ICANN bars dotless domains from the root
// zone (SSAC SAC053, board resolution of 2013-08-13), and "user@host" in
// logs is a login at a machine or a Java object id.
bool IsDotless(std::string_view domain) {
  return !domain.empty() && domain.front() != '[' &&
         domain.find('.') == std::string_view::npos;
}

// "customer/department=shipping@iana.org": RFC 5322 allows '=', '/' and
// '|' in a local part, but in a log they separate a key from its value, a
// path from a name and one field from the next.
bool HasLogDelimiter(std::string_view local) {
  if (local.starts_with('"')) return false;
  return local.find_first_of("=/|") != std::string_view::npos;
}

bool IsAtext(char c) {
  return ascii::IsAlnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) !=
                                  std::string_view::npos;
}

// Labels of letters, digits and hyphens, some of them starting or ending
// with a hyphen ("-iana.org", "b-.com"); *hyphen_edge says whether any does.
bool IsHyphenLabels(std::string_view domain, bool& hyphen_edge) {
  hyphen_edge = false;
  size_t start = 0;
  while (start <= domain.size()) {
    size_t dot = std::min(domain.find('.', start), domain.size());
    std::string_view label = domain.substr(start, dot - start);
    if (label.empty()) return false;
    for (char c : label) {
      if (!ascii::IsAlnum(c) && c != '-') return false;
    }
    hyphen_edge |= label.front() == '-' || label.back() == '-';
    start = dot + 1;
  }
  return true;
}

// "first..last@iana.org", "test.@iana.org", "a@-b.com": RFC 5322 and 1035
// forbid the dots and hyphens, but the string still names a mailbox (a
// typo of an address, or Gmail's "gmail...ignores...dots...@gmail.com"), so
// a privacy filter redacts it whole.
bool IsTypoAddress(std::string_view text) {
  validate::EmailParts parts;
  if (!validate::SplitEmail(text, parts) || parts.separator != "@") {
    return false;
  }
  std::string_view local = parts.local;
  if (!std::all_of(local.begin(), local.end(),
                   [](char c) { return IsAtext(c) || c == '.'; })) {
    return false;
  }
  bool hyphen_edge = false;
  if (!IsHyphenLabels(parts.domain, hyphen_edge) ||
      HasUndelegatedTld(parts.domain)) {
    return false;
  }
  bool bad_dots = local.front() == '.' || local.back() == '.' ||
                  local.find("..") != std::string_view::npos;
  return bad_dots || hyphen_edge;
}

// Presidio wants "192.168.1.1" out of "192.168.1.1.1" (a test of its
// regex's boundary); a fifth number makes an OID or a version as often as an
// address with a stray ".1".
bool IsCutFromDottedNumber(std::string_view text, ByteRange range) {
  return range.end + 1 < text.size() && text[range.end] == '.' &&
         ascii::IsDigit(text[range.end + 1]);
}

}  // namespace

std::string_view DebatablePositive(const LabeledCase& labeled,
                                   ByteRange range) {
  std::string_view value = range.In(labeled.text);
  if (labeled.entity == "EMAIL") {
    validate::EmailParts parts;
    if (!validate::SplitEmail(value, parts)) return {};
    if (IsDotless(parts.domain)) return kDotlessDomain;
    if (HasUndelegatedTld(parts.domain)) return kUndelegatedTld;
    if (HasLogDelimiter(parts.local)) return kLogDelimiter;
  }
  if (labeled.entity == "IP_ADDRESS" &&
      IsCutFromDottedNumber(labeled.text, range)) {
    return kLongerDottedNumber;
  }
  return {};
}

std::string_view DebatableNegative(const LabeledCase& labeled) {
  if (labeled.entity == "EMAIL" && labeled.scope == CaseScope::kWholeString &&
      IsTypoAddress(labeled.text)) {
    return kTypoAddress;
  }
  // `"test\"@iana.org`: RFC-invalid as written, but in a text log '\"'
  // is an escaped JSON string's quote, and the decoded view reads the
  // valid quoted address "test"@iana.org (docs/decisions/0005).
  if (labeled.entity == "EMAIL" && labeled.scope == CaseScope::kWholeString &&
      labeled.text.find("\\\"") != std::string::npos) {
    return kEscapedQuote;
  }
  return {};
}

}  // namespace logveil::accuracy
