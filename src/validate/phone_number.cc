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
bool ToRegionCode(std::string_view region, std::string& code) {
  if (region.size() != 2 || !ascii::IsAlpha(region[0]) ||
      !ascii::IsAlpha(region[1])) {
    return false;
  }
  code = {static_cast<char>(region[0] & ~0x20),
          static_cast<char>(region[1] & ~0x20)};
  return true;
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
    return "+" + std::string(number.substr(2));
  }
  return std::string(number);
}

}  // namespace

bool IsValidPhoneNumber(std::string_view number, std::string_view region) {
  if (number.empty() || number.size() > kMaxNumberChars) return false;
  std::string region_code;
  // "ZZ" is libphonenumber's unknown region: only '+' numbers parse.
  if (!ToRegionCode(region, region_code)) region_code = "ZZ";
  // The singleton loads the metadata once, on first use (about 4 ms; call
  // IsKnownPhoneRegion at startup to pay it there). Parse and IsValidNumber
  // are const and lock the regex cache they share, so any thread may call.
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  if (util.Parse(ToParseInput(number), region_code, &parsed) !=
      PhoneNumberUtil::NO_PARSING_ERROR) {
    return false;
  }
  return util.IsValidNumber(parsed);
}

bool IsKnownPhoneRegion(std::string_view region) {
  std::string region_code;
  if (!ToRegionCode(region, region_code)) return false;
  return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region_code) !=
         0;
}

}  // namespace logveil::validate
