#include "accuracy/case_policy.h"

#include <string>
#include <vector>

#include "accuracy/debatable.h"
#include "accuracy/reference_phone.h"
#include "base/ascii.h"

namespace logveil::accuracy {
namespace {

constexpr std::string_view kLabels[kEvalTypeCount] = {
    "EMAIL", "IPV4", "IPV6", "MAC", "CARD", "IBAN", "PHONE", "GEO"};

// Exclusion classes, as printed in the table and docs/accuracy.md.
constexpr std::string_view kAmbiguous = "kind ambiguous";
constexpr std::string_view kPolicy = "quality policy_dependent";
constexpr std::string_view kWeakNegative = "weak negative (option dependent)";
constexpr std::string_view kCountOnly = "no span (count only / unknown)";
constexpr std::string_view kNationalPhone =
    "national phone form, not a full NANP number";
constexpr std::string_view kCidrNegative =
    "CIDR negative (judges the prefix; logveil redacts the address)";
constexpr std::string_view kSpecialMac =
    "Presidio policy: broadcast or all-zero MAC";
constexpr std::string_view kRegionIdd =
    "phone behind a region's own international prefix (011, 0011)";
constexpr std::string_view kGluedPhone =
    "phone glued to a letter or digit (ASCII word boundary)";
constexpr std::string_view kRfcCommentEmail = "RFC 5322 comment";
constexpr std::string_view kTestMetadata =
    "phone valid only in libphonenumber test metadata";

// Regions of the North American Numbering Plan: their national forms look
// like US numbers and logveil's default region (US) finds them.
constexpr std::string_view kNanpRegions[] = {
    "US", "CA", "AG", "AI", "AS", "BB", "BM", "BS", "DM",
    "DO", "GD", "GU", "JM", "KN", "KY", "LC", "MP", "MS",
    "PR", "SX", "TC", "TT", "VC", "VG", "VI"};

// Positives of these entities are hard negatives for digit-shaped kinds.
constexpr std::string_view kCrossTypeEntities[] = {
    "TIMESTAMP", "UUID", "HASH", "SEMVER", "POSTAL_CODE", "OBJECT_ID"};

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool IsNanpRegion(std::string_view region) {
  for (std::string_view nanp : kNanpRegions) {
    if (region == nanp) return true;
  }
  return false;
}

// The judged labels of an entity; empty for entities logveil does not find.
TypeSet JudgedLabels(std::string_view entity) {
  using enum EvalType;
  if (entity == "EMAIL") return {kEmail};
  if (entity == "PHONE") return {kPhone};
  if (entity == "IP_ADDRESS" || entity == "IP_CIDR") return {kIpv4, kIpv6};
  if (entity == "MAC_ADDRESS") return {kMac};
  if (entity == "CREDIT_CARD") return {kCard};
  if (entity == "IBAN") return {kIban};
  if (entity == "GEO_COORD") return {kGeo};
  return {};
}

EvalType TypeOfValue(std::string_view entity, std::string_view value) {
  using enum EvalType;
  if (entity == "EMAIL") return kEmail;
  if (entity == "PHONE") return kPhone;
  if (entity == "MAC_ADDRESS") return kMac;
  if (entity == "CREDIT_CARD") return kCard;
  if (entity == "IBAN") return kIban;
  if (entity == "GEO_COORD") return kGeo;
  return Contains(value, ":") ? kIpv6 : kIpv4;
}

// "10.0.0.0/8" -> "10.0.0.0": logveil redacts the address of a CIDR block.
ByteRange AddressPart(std::string_view text, ByteRange range) {
  size_t slash = range.In(text).rfind('/');
  if (slash == std::string_view::npos) return range;
  return {range.begin, range.begin + slash};
}

// Returns the digit groups of `value` up to an extension ("x", "ext"):
// "(415) 555-0132" -> {"415", "555", "0132"}. Full-width digits count as
// digits, so that logveil's ASCII-only finder is charged for missing them.
std::vector<std::string> DigitGroups(std::string_view value) {
  std::vector<std::string> groups(1);
  for (size_t i = 0; i < value.size(); ++i) {
    char digit = 0;
    if (ascii::IsDigit(value[i])) {
      digit = value[i];
    } else if (value.substr(i, 2) == "\xEF\xBC" && i + 2 < value.size() &&
               static_cast<unsigned char>(value[i + 2]) - 0x90u <= 9) {
      // U+FF10..U+FF19 are EF BC 90..99 in UTF-8.
      digit = static_cast<char>('0' + (value[i + 2] - '\x90'));
      i += 2;
    } else if (ascii::ToLower(value[i]) == 'x') {
      break;  // "x123", "ext. 123"
    }
    if (digit != 0) {
      groups.back() += digit;
    } else if (!groups.back().empty()) {
      groups.emplace_back();
    }
  }
  if (groups.back().empty()) groups.pop_back();
  return groups;
}

// True for a NANP number in a NANP layout: 3-3-4 digits (415-555-0132,
// (415) 555-0132), optionally after a 1, or all ten (eleven) unbroken;
// area code and exchange start with 2-9.
bool LooksNanp(std::string_view value) {
  std::vector<std::string> groups = DigitGroups(value);
  if (!groups.empty() && groups.size() != 3 && groups[0] == "1") {
    groups.erase(groups.begin());
  }
  std::string digits;
  for (const auto& group : groups) digits += group;
  if (groups.size() == 1 && digits.size() == 11 && digits[0] == '1') {
    digits.erase(0, 1);
  }
  bool layout =
      groups.size() == 1 || (groups.size() == 3 && groups[0].size() == 3 &&
                             groups[1].size() == 3 && groups[2].size() == 4);
  return layout && digits.size() == 10 && digits[0] >= '2' && digits[3] >= '2';
}

// A national form counts if it is a full NANP number (area code included)
// and the case's region, if known, is a NANP region.
bool NationalFormCounts(const LabeledCase& labeled, std::string_view value) {
  if (!LooksNanp(value)) return false;
  std::string_view region = PhoneRegion(labeled);
  return region.empty() || region == "ZZ" || IsNanpRegion(region);
}

// "01164 3 331 6005" (US) and "0011-650-333-6000" (SG) dial out with the
// region's own prefix; logveil reads only '+', "00" and "tel:" as such.
bool BehindRegionIdd(std::string_view value, std::string_view region) {
  if (value.starts_with("011") && (region.empty() || IsNanpRegion(region))) {
    return IsReferenceValidPhone(value, "US");
  }
  if (!value.starts_with("00")) return false;
  std::string plus = "+" + std::string(value.substr(2));
  return !IsReferenceValidPhone(plus, "ZZ") &&
         IsReferenceValidPhone(value, region);
}

// "call0064 3 331 6005", "6000forme": logveil, like every finder, wants a
// non-word byte next to a number's first and last digit.
bool GluedToWord(std::string_view text, ByteRange range) {
  std::string_view value = range.In(text);
  if (value.empty()) return false;
  bool glued_before = range.begin > 0 && ascii::IsDigit(value.front()) &&
                      ascii::IsAlnum(text[range.begin - 1]);
  bool glued_after = range.end < text.size() && ascii::IsDigit(value.back()) &&
                     ascii::IsAlnum(text[range.end]);
  return glued_before || glued_after;
}

void PlanPhone(const LabeledCase& labeled, ExpectedValue& expected) {
  std::string_view value = expected.range.In(labeled.text);
  std::string_view region = PhoneRegion(labeled);
  expected.invalid_number =
      !IsReferenceValidPhone(value, region.empty() ? "US" : region);
  if (BehindRegionIdd(value, region)) {
    expected.exclusion = kRegionIdd;
  } else if (!IsInternationalPhone(value) &&
             !NationalFormCounts(labeled, value)) {
    expected.exclusion = kNationalPhone;
  } else if (GluedToWord(labeled.text, expected.range)) {
    expected.exclusion = kGluedPhone;
  } else if (expected.invalid_number &&
             Contains(MetaValue(labeled, "metadata"), "TEST")) {
    // The matcher fixtures were written against libphonenumber's test
    // metadata; a number the real metadata rejects is no phone number.
    expected.exclusion = kTestMetadata;
  }
}

std::string_view CaseExclusion(const LabeledCase& labeled) {
  if (labeled.kind == CaseKind::kAmbiguous) return kAmbiguous;
  if (labeled.kind == CaseKind::kNegative) {
    if (labeled.entity == "IP_CIDR") return kCidrNegative;
    if (labeled.entity == "MAC_ADDRESS" &&
        labeled.file.starts_with("presidio") &&
        (Contains(labeled.text, "FF:FF:FF:FF:FF:FF") ||
         Contains(labeled.text, "00:00:00:00:00:00"))) {
      return kSpecialMac;
    }
  }
  if (Contains(labeled.quality, "policy_dependent")) return kPolicy;
  if (labeled.quality == "weak_negative_option_dependent") {
    return kWeakNegative;
  }
  if (labeled.span_state == SpanState::kUnknown) return kCountOnly;
  return {};
}

bool IsCrossTypeEntity(std::string_view entity) {
  for (std::string_view cross : kCrossTypeEntities) {
    if (entity == cross) return true;
  }
  return false;
}

}  // namespace

std::string_view LabelOf(EvalType type) {
  return kLabels[static_cast<int>(type)];
}

std::optional<EvalType> TypeOfLabel(std::string_view label) {
  for (EvalType type : kAllEvalTypes) {
    if (LabelOf(type) == label) return type;
  }
  return std::nullopt;
}

std::string_view PhoneRegion(const LabeledCase& labeled) {
  std::string_view region = MetaValue(labeled, "region");
  if (!region.empty() && region != "null") return region;
  std::string_view options = MetaValue(labeled, "options");
  for (size_t i = 0; i + 7 <= options.size(); ++i) {
    if (options[i] == '"' && ascii::IsAlpha(options[i + 1]) &&
        options[i + 3] == '-' && ascii::IsUpper(options[i + 4]) &&
        ascii::IsUpper(options[i + 5]) && options[i + 6] == '"') {
      return options.substr(i + 4, 2);
    }
  }
  return {};
}

bool IsInternationalPhone(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (value.size() >= 4 && ascii::ToLower(value[0]) == 't' &&
      ascii::ToLower(value[1]) == 'e' && ascii::ToLower(value[2]) == 'l' &&
      value[3] == ':') {
    value.remove_prefix(4);
  }
  return value.starts_with("+") || value.starts_with("00") ||
         value.starts_with("\xEF\xBC\x8B");  // U+FF0B FULLWIDTH PLUS SIGN
}

CasePlan PlanCase(const LabeledCase& labeled) {
  CasePlan plan;
  plan.whole_string = labeled.scope == CaseScope::kWholeString;
  plan.match = plan.whole_string ? MatchRule::kCover : MatchRule::kExactSpan;
  if (IsCrossTypeEntity(labeled.entity)) {
    plan.cross_type = true;
    plan.whole_string = false;
    plan.judged = {EvalType::kPhone, EvalType::kCard, EvalType::kIpv4,
                   EvalType::kIpv6};
    if (labeled.kind != CaseKind::kPositive) plan.judged = {};
    return plan;
  }
  if (labeled.entity == "ANY") {
    using enum EvalType;
    plan.judged = {kEmail, kPhone, kIpv4, kIpv6, kCard, kIban};
  } else {
    plan.judged = JudgedLabels(labeled.entity);
  }
  // IP suites that judge one family: "1.2.3.4" is no IPv6 address, but it
  // is an address all the same.
  std::string_view format = MetaValue(labeled, "format");
  if (labeled.file == "ipv6_regex_tests" || format == "ipv6") {
    plan.judged = {EvalType::kIpv6};
  } else if (format == "ipv4") {
    plan.judged = {EvalType::kIpv4};
  }
  if (plan.judged.empty()) return plan;
  plan.exclusion = CaseExclusion(labeled);
  // Excluded positives keep their values, so that the table can say how
  // many of them logveil finds anyway.
  if (labeled.kind == CaseKind::kNegative) {
    plan.debatable = DebatableNegative(labeled);
    return plan;
  }
  for (ByteRange span : labeled.byte_spans) {
    if (labeled.entity.starts_with("IP_")) {
      span = AddressPart(labeled.text, span);
    }
    std::string_view value = span.In(labeled.text);
    ExpectedValue expected{span, TypeOfValue(labeled.entity, value), {}, {}};
    if (expected.type == EvalType::kPhone) PlanPhone(labeled, expected);
    // isemail files comments as ambiguous ("don't care" for a log scrubber,
    // corpus GUIDE); logveil does not read them.
    if (expected.type == EvalType::kEmail && Contains(value, "(")) {
      expected.exclusion = kRfcCommentEmail;
    }
    expected.debatable = DebatablePositive(labeled, span);
    plan.expected.push_back(expected);
  }
  return plan;
}

bool SettledPlan(const CasePlan& plan, CasePlan& settled) {
  if (!plan.debatable.empty()) return false;
  settled = plan;
  for (auto& value : settled.expected) {
    if (value.exclusion.empty()) value.exclusion = value.debatable;
  }
  return true;
}

}  // namespace logveil::accuracy
