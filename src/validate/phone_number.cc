#include "validate/phone_number.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

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

// What a number must be to count.
enum class Check { kValid, kPossible };

bool Passes(const PhoneNumberUtil& util, const PhoneNumber& number,
            Check check) {
  if (check == Check::kValid) return util.IsValidNumber(number);
  return util.IsPossibleNumberWithReason(number) ==
         PhoneNumberUtil::IS_POSSIBLE;
}

bool CheckPhoneNumber(std::string_view number, std::string_view region,
                      Check check) {
  if (number.empty() || number.size() > kMaxNumberChars) return false;
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
    if (BuildInternational(util, digits, parsed) &&
        Passes(util, parsed, check)) {
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
  return Passes(util, parsed, check);
}

}  // namespace

bool IsValidPhoneNumber(std::string_view number, std::string_view region) {
  return CheckPhoneNumber(number, region, Check::kValid);
}

bool IsPossiblePhoneNumber(std::string_view number, std::string_view region) {
  return CheckPhoneNumber(number, region, Check::kPossible);
}

bool IsKnownPhoneRegion(std::string_view region) {
  const std::string region_code = ToRegionCode(region);
  if (region_code == "ZZ") return false;
  return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region_code) !=
         0;
}

}  // namespace logveil::validate
