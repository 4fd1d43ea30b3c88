#include "accuracy/reference_phone.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

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

}  // namespace logveil::accuracy
