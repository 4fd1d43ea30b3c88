#include "validate/phone_number.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <bitset>
#include <cstring>
#include <list>
#include <string>

#include "base/ascii.h"

namespace logveil::validate {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber refuses inputs longer than 250 characters; anything near
// that long is not a phone number written in a log, so refuse it before
// copying it into a std::string.
constexpr size_t kMaxNumberChars = 64;

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

// Builds the PhoneNumber of "+<digits>" without PhoneNumberUtil::Parse,
// whose regex-based extraction costs most of a validation. Country calling
// codes are prefix-free (ITU-T E.164), so the first 1-3 digit prefix that
// names a country is the code. Leading zeros of the national number are
// kept as libphonenumber's Parse keeps them (the Italian leading zero).
bool BuildInternational(const PhoneNumberUtil& util, std::string_view digits,
                        PhoneNumber& number) {
  for (size_t length = 1; length <= 3 && length < digits.size(); ++length) {
    int code = 0;
    for (char c : digits.substr(0, length)) {
      if (!ascii::IsDigit(c)) return false;
      code = code * 10 + (c - '0');
    }
    std::string region;
    util.GetRegionCodeForCountryCode(code, &region);
    if (region == "ZZ") continue;
    std::string_view national = digits.substr(length);
    uint64_t value = 0;
    int leading_zeros = 0;
    for (char c : national) {
      if (!ascii::IsDigit(c)) return false;
      if (value == 0 && c == '0') ++leading_zeros;
      value = value * 10 + (c - '0');
    }
    number.set_country_code(code);
    number.set_national_number(value);
    if (leading_zeros > 0 && value != 0) {
      number.set_italian_leading_zero(true);
      if (leading_zeros > 1) number.set_number_of_leading_zeros(leading_zeros);
    }
    return true;
  }
  return false;
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

// True if `number` is valid in the main region of its country code; one
// region's patterns instead of every region sharing the code (+1 has 25),
// which GetRegionCodeForNumber tries in turn. Valid for the main region
// implies valid, so this is a shortcut, never a different answer.
bool IsValidInMainRegion(const PhoneNumberUtil& util,
                         const PhoneNumber& number) {
  std::string region;
  util.GetRegionCodeForCountryCode(number.country_code(), &region);
  return util.IsValidNumberForRegion(number, region);
}

// True if more than one region uses `country_code` (+1, +7, +44, ...): only
// then can a number invalid in the main region be valid in another.
bool IsSharedCountryCode(const PhoneNumberUtil& util, int country_code) {
  static const std::bitset<1000> shared = [&util] {
    std::bitset<1000> codes;
    for (int code = 1; code < 1000; ++code) {
      std::list<std::string> regions;
      util.GetRegionCodesForCountryCallingCode(code, &regions);
      codes[code] = regions.size() > 1;
    }
    return codes;
  }();
  return country_code > 0 && country_code < 1000 && shared[country_code];
}

bool IsValid(const PhoneNumberUtil& util, const PhoneNumber& number) {
  return IsValidInMainRegion(util, number) ||
         (IsSharedCountryCode(util, number.country_code()) &&
          util.IsValidNumber(number));
}

bool Validate(std::string_view number, std::string_view region) {
  // In region "ZZ" only '+' numbers parse.
  const std::string region_code = ToRegionCode(region);
  // The singleton loads the metadata once, on first use (about 4 ms; call
  // IsKnownPhoneRegion at startup to pay it there). Parse and IsValidNumber
  // are const and lock the regex cache they share, so any thread may call.
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  std::string input = ToParseInput(number);
  std::string_view digits;
  if (PlusDigits(input, digits)) {
    if (BuildInternational(util, digits, parsed) && IsValid(util, parsed)) {
      return true;
    }
    // "+46 08 ...", "+1 1 650 ..." write a trunk prefix after the country
    // code; only Parse knows each country's prefix to strip. Valid numbers,
    // the common case, never get here.
    parsed.Clear();
  }
  if (util.Parse(input, region_code, &parsed) !=
      PhoneNumberUtil::NO_PARSING_ERROR) {
    return false;
  }
  return IsValid(util, parsed);
}

// A per-thread memo of recent answers. A validation costs microseconds of
// ICU regex work and logs repeat the same numbers (one caller, one line
// after another), so a direct-mapped table of exact keys pays for itself;
// on a miss the slot is overwritten. Keys are compared whole: a collision
// can never turn an answer around.
class ValidationMemo {
 public:
  static constexpr size_t kMaxKey = 30;

  // Returns the memoised answer for (number, region), computing it with
  // Validate on a miss. Keys longer than kMaxKey are not memoised.
  bool Lookup(std::string_view number, std::string_view region) {
    char key[kMaxKey];
    const size_t size = number.size() + 1 + region.size();
    if (size > kMaxKey) return Validate(number, region);
    std::memcpy(key, number.data(), number.size());
    key[number.size()] = '|';  // no digit, '+', letter or separator
    std::memcpy(key + number.size() + 1, region.data(), region.size());
    Slot& slot = slots_[Hash({key, size}) % slots_.size()];
    if (slot.size != size || std::memcmp(slot.key, key, size) != 0) {
      slot.valid = Validate(number, region);
      slot.size = static_cast<uint8_t>(size);
      std::memcpy(slot.key, key, size);
    }
    return slot.valid;
  }

 private:
  struct Slot {
    uint8_t size = 0;  // 0: empty (no key is empty)
    bool valid = false;
    char key[kMaxKey];
  };

  static uint64_t Hash(std::string_view key) {
    uint64_t hash = 14695981039346656037ull;  // FNV-1a
    for (char c : key)
      hash = (hash ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    return hash;
  }

  std::array<Slot, 1024> slots_{};
};

}  // namespace

bool IsValidPhoneNumber(std::string_view number, std::string_view region) {
  if (number.empty() || number.size() > kMaxNumberChars) return false;
  thread_local ValidationMemo memo;
  return memo.Lookup(number, region);
}

bool IsKnownPhoneRegion(std::string_view region) {
  const std::string region_code = ToRegionCode(region);
  if (region_code == "ZZ") return false;
  return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region_code) !=
         0;
}

}  // namespace logveil::validate
