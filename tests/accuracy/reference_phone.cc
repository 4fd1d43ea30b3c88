#include "accuracy/reference_phone.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <list>
#include <map>
#include <set>
#include <string>
#include <utility>

// libphonenumber's compiled-in metadata (its metadata.h, which Debian does
// not install): a serialised PhoneMetadataCollection.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace logveil::accuracy {

namespace {

using i18n::phonenumbers::PhoneMetadata;
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

bool IsReferenceKnownRegion(const std::string& region) {
  return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region) != 0;
}

std::vector<int> CodesListedInAnotherOrder() {
  i18n::phonenumbers::PhoneMetadataCollection collection;
  collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                            i18n::phonenumbers::metadata_size());
  // (code, region) -> whether it is the code's main region.
  std::map<std::pair<int, std::string>, bool> main;
  for (const PhoneMetadata& metadata : collection.metadata()) {
    main[{metadata.country_code(), metadata.id()}] =
        metadata.main_country_for_code();
  }
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::vector<int> codes;
  for (int code = 1; code < 1000; ++code) {
    std::list<std::string> listed;
    util.GetRegionCodesForCountryCallingCode(code, &listed);
    std::vector<std::pair<bool, std::string>> ranked;
    for (const std::string& region : listed) {
      auto it = main.find({code, region});
      ranked.emplace_back(it == main.end() || !it->second, region);
    }
    std::vector<std::pair<bool, std::string>> sorted = ranked;
    std::sort(sorted.begin(), sorted.end());
    if (ranked != sorted) codes.push_back(code);
  }
  return codes;
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
