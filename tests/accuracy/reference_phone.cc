#include "accuracy/reference_phone.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace logveil::accuracy {

bool IsReferenceValidPhone(std::string_view number, std::string_view region) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string region_code = region.size() == 2 ? std::string(region) : "ZZ";
  PhoneNumber parsed;
  return util.Parse(std::string(number), region_code, &parsed) ==
             PhoneNumberUtil::NO_PARSING_ERROR &&
         util.IsValidNumber(parsed);
}

std::vector<std::string> ReferenceExampleNumbers() {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  std::vector<std::string> numbers;
  for (const std::string& region : regions) {
    for (int type = PhoneNumberUtil::FIXED_LINE;
         type <= PhoneNumberUtil::VOICEMAIL; ++type) {
      PhoneNumber example;
      if (!util.GetExampleNumberForType(
              region, static_cast<PhoneNumberUtil::PhoneNumberType>(type),
              &example)) {
        continue;
      }
      std::string e164;
      util.Format(example, PhoneNumberUtil::E164, &e164);
      numbers.push_back(e164);
    }
  }
  std::set<int> global_codes;
  util.GetSupportedGlobalNetworkCallingCodes(&global_codes);
  for (int code : global_codes) {
    PhoneNumber example;
    if (!util.GetExampleNumberForNonGeoEntity(code, &example)) continue;
    std::string e164;
    util.Format(example, PhoneNumberUtil::E164, &e164);
    numbers.push_back(e164);
  }
  return numbers;
}

}  // namespace logveil::accuracy
