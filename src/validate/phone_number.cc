#include "validate/phone_number.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "base/ascii.h"
#include "regex/lazy_regex.h"
#include "regex/regex.h"
#include "validate/validation_memo.h"

// libphonenumber's compiled-in metadata, from its metadata.h, which Debian
// does not install: a serialised PhoneMetadataCollection.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace logveil::validate {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber refuses inputs longer than 250 characters; anything near
// that long is not a phone number written in a log, so refuse it before
// copying it into a std::string.
constexpr size_t kMaxNumberChars = 64;
constexpr size_t kMemoKey = 30;

// ISO 3166 alpha-2 codes are two letters; libphonenumber wants upper case.
// Anything else becomes "ZZ", libphonenumber's unknown region.
std::string ToRegionCode(std::string_view region) {
  if (region.size() != 2 || !ascii::IsAlpha(region[0]) ||
      !ascii::IsAlpha(region[1])) {
    return std::string("ZZ");
  }
  const char upper[] = {static_cast<char>(region[0] & ~0x20),
                        static_cast<char>(region[1] & ~0x20), '\0'};
  return std::string(upper);
}

// Rewrites the RFC 3966 scheme and the "00" international call prefix to
// '+', so that the number is judged by its country code whatever `region`
// is (libphonenumber only knows the dialling prefix of the given region).
std::string ToParseInput(std::string_view number) {
  if (number.size() >= 4 && ascii::ToLower(number[0]) == 't' &&
      ascii::ToLower(number[1]) == 'e' && ascii::ToLower(number[2]) == 'l' &&
      number[3] == ':') {
    number.remove_prefix(4);
  }
  if (number.size() > 2 && number[0] == '0' && number[1] == '0') {
    std::string international(1, '+');
    international.append(number.substr(2));
    return international;
  }
  return std::string(number);
}

// Returns the digits after '+' when `number` is "+<digits only>".
bool PlusDigits(const std::string& number, std::string_view& digits) {
  if (number.size() < 2 || number[0] != '+') return false;
  digits = std::string_view(number).substr(1);
  for (char c : digits) {
    if (!ascii::IsDigit(c)) return false;
  }
  return true;
}

// Parse's bounds on the national significant number (kMinLengthForNsn,
// kMaxLengthForNsn).
constexpr size_t kMinNationalLength = 2;
constexpr size_t kMaxNationalLength = 17;

// Builds the PhoneNumber of `code` and the national digits as Parse does,
// leading zeros kept (SetItalianLeadingZerosForPhoneNumber: of an all-zero
// number, the last zero is the number). False where Parse fails.
bool BuildNumber(int code, std::string_view national, PhoneNumber& number) {
  if (national.size() < kMinNationalLength ||
      national.size() > kMaxNationalLength) {
    return false;
  }
  uint64_t value = 0;
  for (char c : national) value = value * 10 + (c - '0');
  number.set_country_code(code);
  number.set_national_number(value);
  if (national[0] == '0') {
    number.set_italian_leading_zero(true);
    const size_t zeros =
        national.find_first_not_of('0') == std::string_view::npos
            ? national.size() - 1
            : national.find_first_not_of('0');
    if (zeros != 1) number.set_number_of_leading_zeros(static_cast<int>(zeros));
  }
  return true;
}

// libphonenumber's validation rules, compiled into RE2. IsValidNumber
// tests a number with ICU regexes (up to ten of them, each after a UTF-16
// conversion and a regex-cache lookup keyed by the whole pattern): 10-20 us,
// a quarter of the scan time on phone-dense logs. The rules here are the same
// metadata and the same algorithm (GetRegionCodeForNumberFromRegionList, then
// GetNumberTypeHelper != UNKNOWN) with RE2 full matches; tests/accuracy
// checks that the answers agree with IsValidNumber.
class PhoneRules {
 public:
  static const PhoneRules& Get() {
    static const PhoneRules rules;
    return rules;
  }

  // What Parse makes of "+<code><national>" once it has found the country
  // code (ParseHelper): the national prefix stripped ("+44 020 ...",
  // "+1 1 650 ...") if what is left has a length the country dials, then
  // the number. False where Parse fails. `code` must be known.
  bool ParseInternational(int code, std::string_view national,
                          PhoneNumber& number) const {
    if (national.size() < kMinNationalLength) return false;
    const Region& region = *by_code_[code][0];
    const std::string stripped = region.StripNationalPrefix(national);
    if (region.MayKeepStripped(stripped.size())) national = stripped;
    return BuildNumber(code, national, number);
  }

  // GetCountryCodeForRegion(region_code): 0 for a region without metadata.
  int CountryCodeForRegion(std::string_view region_code) const {
    auto it = by_id_.find(region_code);
    return it == by_id_.end() ? 0 : it->second->country_code();
  }

  // GetRegionCodeForCountryCode(code) != "ZZ", without the list of region
  // names it builds (an allocation per region: 25 for code 1).
  bool HasCountryCode(int code) const {
    return code > 0 && code < kMaxCode && !by_code_[code].empty();
  }

  // IsPossibleNumberWithReason(number) == IS_POSSIBLE: TestNumberLength on
  // the general description of the code's main region (listed first), as
  // libphonenumber does, without its region lookups (allocations again).
  bool IsPossibleNumber(const PhoneNumber& number) const {
    const int code = number.country_code();
    if (!HasCountryCode(code)) return false;
    const PhoneNumberDesc& general =
        by_code_[code][0]->metadata().general_desc();
    const int length =
        static_cast<int>(NationalSignificantNumber(number).size());
    const auto& lengths = general.possible_length();
    const auto& local_only = general.possible_length_local_only();
    if (std::find(local_only.begin(), local_only.end(), length) !=
        local_only.end()) {
      return false;  // IS_POSSIBLE_LOCAL_ONLY
    }
    return std::find(lengths.begin(), lengths.end(), length) != lengths.end();
  }

  bool IsValidNumber(const PhoneNumber& number) const {
    const int code = number.country_code();
    if (!HasCountryCode(code)) return false;
    const std::vector<Region*>& regions = by_code_[code];
    std::string national = NationalSignificantNumber(number);
    if (regions.size() == 1) return regions[0]->HasType(national);
    for (Region* region : regions) {
      if (region->leading_digits_given()) {
        if (region->LeadingDigitsMatch(national)) {
          return region->HasType(national);
        }
      } else if (region->HasType(national)) {
        return true;
      }
    }
    return false;
  }

 private:
  static constexpr int kMaxCode = 1000;  // country codes have 1-3 digits

  // Every metadata pattern below is compiled on its first use: a log names
  // few regions, most numbers are ruled out by their length before any
  // pattern is tried, and compiling the ~3,300 patterns of the ~250 regions
  // would cost ~50 ms of start-up. All of libphonenumber 8.12's compile.
  // One number description: the lengths and the pattern of a number type.
  class Desc {
   public:
    explicit Desc(const PhoneNumberDesc& desc)
        : lengths_(desc.possible_length()),
          pattern_(desc.national_number_pattern()) {}
    // IsNumberMatchingDesc: no lengths means the general ones (checked
    // first); a type without numbers has the length -1 and no pattern.
    bool Matches(std::string_view national) const {
      if (!lengths_.empty() &&
          std::find(lengths_.begin(), lengths_.end(),
                    static_cast<int>(national.size())) == lengths_.end()) {
        return false;
      }
      return PatternMatches(national);
    }
    // IsMatch: the pattern alone, without the lengths.
    bool PatternMatches(std::string_view national) const {
      const regex::Regex* pattern = pattern_.Get();
      return pattern != nullptr && pattern->FullMatch(national);
    }

   private:
    const google::protobuf::RepeatedField<int32_t>& lengths_;
    regex::LazyRegex pattern_;
  };

  class Region {
   public:
    explicit Region(const PhoneMetadata& m)
        : metadata_(m),
          general_(m.general_desc()),
          // The common types first; validity asks for any type at all.
          types_{Desc(m.mobile()),
                 Desc(m.fixed_line()),
                 Desc(m.toll_free()),
                 Desc(m.premium_rate()),
                 Desc(m.shared_cost()),
                 Desc(m.voip()),
                 Desc(m.personal_number()),
                 Desc(m.pager()),
                 Desc(m.uan()),
                 Desc(m.voicemail())},
          leading_digits_(m.leading_digits()),
          national_prefix_(m.national_prefix_for_parsing()) {}
    const PhoneMetadata& metadata() const { return metadata_; }
    bool leading_digits_given() const { return metadata_.has_leading_digits(); }
    bool LeadingDigitsMatch(std::string_view national) const {
      const regex::Regex* leading = leading_digits_.Get();
      return leading != nullptr && leading->MatchesPrefix(national);
    }
    // MaybeStripNationalPrefixAndCarrierCode: `national` without its
    // national prefix (and carrier code), rewritten by the region's
    // transform rule if the prefix pattern captured a part to keep.
    // Unchanged when no prefix matches, or when the original fits the
    // general pattern and the result would not.
    std::string StripNationalPrefix(std::string_view national) const {
      const regex::Regex* prefix = national_prefix_.Get();
      std::vector<std::string_view> groups;
      if (national.empty() || prefix == nullptr ||
          !prefix->MatchPrefix(national, groups)) {
        return std::string(national);
      }
      std::string stripped =
          Transformed(national, groups)
              .value_or(std::string(national.substr(groups[0].size())));
      if (general_.PatternMatches(national) &&
          !general_.PatternMatches(stripped)) {
        return std::string(national);
      }
      return stripped;
    }
    // TestNumberLength(national, metadata) is neither TOO_SHORT,
    // IS_POSSIBLE_LOCAL_ONLY nor INVALID_LENGTH: Parse keeps a stripped
    // number only then.
    bool MayKeepStripped(size_t length) const {
      const PhoneNumberDesc& general = metadata_.general_desc();
      const auto& lengths = general.possible_length();
      const auto& local_only = general.possible_length_local_only();
      const int size = static_cast<int>(length);
      if (lengths.empty() || lengths[0] == -1 ||
          std::find(local_only.begin(), local_only.end(), size) !=
              local_only.end()) {
        return false;
      }
      return size > lengths[lengths.size() - 1] ||
             std::find(lengths.begin(), lengths.end(), size) != lengths.end();
    }
    bool HasType(std::string_view national) const {
      if (!general_.Matches(national)) return false;
      for (const Desc& type : types_) {
        if (type.Matches(national)) return true;
      }
      return false;
    }

   private:
    // The national number rewritten by the transform rule ("9$1"), when
    // there is one and the prefix pattern captured a non-empty part (group 2
    // if the pattern has two groups, the first being a carrier code, else
    // group 1).
    std::optional<std::string> Transformed(
        std::string_view national,
        const std::vector<std::string_view>& groups) const {
      const std::string& rule = metadata_.national_prefix_transform_rule();
      const size_t captured = groups.size() > 2 ? 2 : 1;
      if (rule.empty() || groups.size() <= captured ||
          groups[captured].empty()) {
        return std::nullopt;
      }
      std::string out;
      for (size_t i = 0; i < rule.size(); ++i) {
        const size_t group = i + 1 < rule.size() && rule[i] == '$'
                                 ? static_cast<size_t>(rule[i + 1] - '0')
                                 : groups.size();
        if (group < groups.size()) {
          out.append(groups[group]);
          ++i;
        } else {
          out.push_back(rule[i]);
        }
      }
      out.append(national.substr(groups[0].size()));
      return out;
    }

    const PhoneMetadata& metadata_;
    Desc general_;
    std::array<Desc, 10> types_;
    regex::LazyRegex leading_digits_;
    regex::LazyRegex national_prefix_;
  };

  // Regions in libphonenumber's own order for each code, the main region
  // first and the others by name (what GetRegionCodesForCountryCallingCode
  // lists; tests/accuracy holds the two equal), so that the first region
  // whose leading digits match decides, as in
  // GetRegionCodeForNumberFromRegionList. Read from the metadata, not from
  // PhoneNumberUtil, whose construction (~10 ms) only Parse needs.
  PhoneRules() : by_code_(kMaxCode) {
    collection_.ParseFromArray(i18n::phonenumbers::metadata_get(),
                               i18n::phonenumbers::metadata_size());
    std::vector<const PhoneMetadata*> ordered;
    for (const PhoneMetadata& metadata : collection_.metadata()) {
      if (metadata.country_code() <= 0 || metadata.country_code() >= kMaxCode) {
        continue;
      }
      ordered.push_back(&metadata);
      if (metadata.id() != kNonGeographic) by_id_[metadata.id()] = &metadata;
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const PhoneMetadata* a, const PhoneMetadata* b) {
                return std::make_tuple(a->country_code(),
                                       !a->main_country_for_code(), a->id()) <
                       std::make_tuple(b->country_code(),
                                       !b->main_country_for_code(), b->id());
              });
    for (const PhoneMetadata* metadata : ordered) {
      regions_.push_back(std::make_unique<Region>(*metadata));
      by_code_[metadata->country_code()].push_back(regions_.back().get());
    }
  }

  static std::string NationalSignificantNumber(const PhoneNumber& number) {
    std::string national;
    if (number.italian_leading_zero() && number.number_of_leading_zeros() > 0) {
      national.assign(number.number_of_leading_zeros(), '0');
    }
    national += std::to_string(number.national_number());
    return national;
  }

  static constexpr std::string_view kNonGeographic = "001";
  PhoneMetadataCollection collection_;
  std::vector<std::unique_ptr<Region>> regions_;
  std::vector<std::vector<Region*>> by_code_;
  // Geographic regions by ISO code.
  std::map<std::string, const PhoneMetadata*, std::less<>> by_id_;
};

// Splits "+<digits>" into its country code and national part as Parse does
// (ExtractCountryCode), without its regex-based extraction. Country codes
// are prefix-free (ITU-T E.164) and none starts with 0, so the first 1-3
// digit prefix that names a country is the code.
bool SplitCountryCode(const PhoneRules& rules, std::string_view digits,
                      int& code, std::string_view& national) {
  if (digits.empty() || digits[0] == '0') return false;
  code = 0;
  for (size_t length = 1; length <= 3 && length < digits.size(); ++length) {
    code = code * 10 + (digits[length - 1] - '0');
    if (rules.HasCountryCode(code)) {
      national = digits.substr(length);
      return true;
    }
  }
  return false;
}

// Builds the PhoneNumber of a ten-digit NANP number in a NANP region
// without Parse (its regexes are most of a national validation). Parse
// would give the same: the digits hold no trunk prefix '1', no
// international prefix (011 starts with 0) and do not start with the country
// code 1, so nothing is stripped. Any other national form goes to Parse.
bool BuildNanpNational(const PhoneRules& rules, std::string_view digits,
                       const std::string& region_code, PhoneNumber& number) {
  if (digits.size() != 10 || digits[0] < '2' || digits[0] > '9' ||
      !std::all_of(digits.begin(), digits.end(), ascii::IsDigit) ||
      rules.CountryCodeForRegion(region_code) != 1) {
    return false;
  }
  return BuildNumber(1, digits, number);
}

// What a number must be to count.
enum class Check { kValid, kPossible };

bool Passes(const PhoneNumber& number, Check check) {
  const PhoneRules& rules = PhoneRules::Get();
  return check == Check::kValid ? rules.IsValidNumber(number)
                                : rules.IsPossibleNumber(number);
}

// Reads `number` as IsValidPhoneNumber does, into `parsed`.
bool ParsePhone(std::string_view number, std::string_view region,
                PhoneNumber& parsed) {
  // In region "ZZ" only '+' numbers parse.
  const std::string region_code = ToRegionCode(region);
  // PhoneRules loads the metadata once, on first use (~3 ms; call
  // IsKnownPhoneRegion at startup to pay it there).
  const PhoneRules& rules = PhoneRules::Get();
  std::string input = ToParseInput(number);
  std::string_view digits;
  if (PlusDigits(input, digits)) {
    int code = 0;
    std::string_view national;
    if (SplitCountryCode(rules, digits, code, national)) {
      return rules.ParseInternational(code, national, parsed);
    }
    // Without a country code Parse fails too, unless a region lets it read
    // the digits as a national number.
    if (region_code == "ZZ") return false;
  }
  if (BuildNanpNational(rules, input, region_code, parsed)) return true;
  // The singleton is built on the first Parse (~10 ms). Parse is const and
  // locks the regex cache, so any thread may call.
  return PhoneNumberUtil::GetInstance()->Parse(input, region_code, &parsed) ==
         PhoneNumberUtil::NO_PARSING_ERROR;
}

bool Validate(std::string_view number, std::string_view region, Check check) {
  PhoneNumber parsed;
  return ParsePhone(number, region, parsed) && Passes(parsed, check);
}

// Appends `number` in E.164: '+', the country code, the national
// significant number (with the leading zeros Italian numbers keep), as
// PhoneNumberUtil::Format(E164) writes it.
void AppendE164(const PhoneNumber& number, std::string& out) {
  out.push_back('+');
  out.append(std::to_string(number.country_code()));
  if (number.italian_leading_zero()) {
    int zeros = number.has_number_of_leading_zeros()
                    ? number.number_of_leading_zeros()
                    : 1;
    out.append(static_cast<size_t>(zeros), '0');
  }
  out.append(std::to_string(number.national_number()));
}

// Memoised per thread; the key is the number, a byte no number holds (one
// per check), the region.
bool CheckPhoneNumber(std::string_view number, std::string_view region,
                      Check check) {
  if (number.empty() || number.size() > kMaxNumberChars) return false;
  char key[kMemoKey];
  const size_t size = number.size() + 1 + region.size();
  if (size > kMemoKey) return Validate(number, region, check);
  std::memcpy(key, number.data(), number.size());
  key[number.size()] = check == Check::kValid ? '|' : '#';
  std::memcpy(key + number.size() + 1, region.data(), region.size());
  thread_local ValidationMemo<1024, kMemoKey> memo;
  return memo.Lookup({key, size},
                     [&] { return Validate(number, region, check); });
}

}  // namespace

bool IsValidPhoneNumber(std::string_view number, std::string_view region) {
  return CheckPhoneNumber(number, region, Check::kValid);
}

bool IsPossiblePhoneNumber(std::string_view number, std::string_view region) {
  return CheckPhoneNumber(number, region, Check::kPossible);
}

bool IsValidE164Number(std::string_view digits) {
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  constexpr size_t kMaxE164Digits = 15;
  if (digits.empty() || digits.size() > kMaxE164Digits ||
      digits.front() == '0' ||
      !std::all_of(digits.begin(), digits.end(), ascii::IsDigit)) {
    return false;
  }
  char number[kMaxE164Digits + 1] = {'+'};
  digits.copy(number + 1, kMaxE164Digits);
  return IsValidPhoneNumber(std::string_view(number, digits.size() + 1), "");
}

bool AppendE164PhoneNumber(std::string_view number,
                           std::span<const std::string> regions,
                           std::string& out) {
  if (number.empty() || number.size() > kMaxNumberChars) return false;
  // A '+' number reads the same in every region.
  const std::string kAnyRegion[] = {"ZZ"};
  if (regions.empty()) regions = kAnyRegion;
  PhoneNumber parsed;
  for (const std::string& region : regions) {
    if (ParsePhone(number, region, parsed) && Passes(parsed, Check::kValid)) {
      AppendE164(parsed, out);
      return true;
    }
  }
  return false;
}

bool IsKnownPhoneRegion(std::string_view region) {
  const std::string region_code = ToRegionCode(region);
  if (region_code == "ZZ") return false;
  return PhoneRules::Get().CountryCodeForRegion(region_code) != 0;
}

}  // namespace logveil::validate
