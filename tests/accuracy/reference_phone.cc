#include "accuracy/reference_phone.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace logveil::accuracy {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool ReferenceParse(std::string_view number, std::string_view region,
                    PhoneNumber& parsed) {
  std::string region_code = region.size() == 2 ? std::string(region) : "ZZ";
  return PhoneNumberUtil::GetInstance()->Parse(std::string(number), region_code,
                                               &parsed) ==
         PhoneNumberUtil::NO_PARSING_ERROR;
}

}  // namespace

bool IsReferenceValidPhone(std::string_view number, std::string_view region) {
  PhoneNumber parsed;
  return ReferenceParse(number, region, parsed) &&
         PhoneNumberUtil::GetInstance()->IsValidNumber(parsed);
}

bool IsReferencePossiblePhone(std::string_view number,
                              std::string_view region) {
  PhoneNumber parsed;
  return ReferenceParse(number, region, parsed) &&
         PhoneNumberUtil::GetInstance()->IsPossibleNumberWithReason(parsed) ==
             PhoneNumberUtil::IS_POSSIBLE;
}

std::vector<std::string> ReferenceExampleNumbers() {
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
