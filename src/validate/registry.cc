// Name → validator table for pattern files. Unknown names are a load error.
#include <utility>

#include "validate/addressee.h"
#include "validate/base64.h"
#include "validate/device_id.h"
#include "validate/email.h"
#include "validate/email_domain.h"
#include "validate/iban.h"
#include "validate/jwt.h"
#include "validate/luhn.h"
#include "validate/phone_number.h"
#include "validate/placeholder.h"
#include "validate/us_ssn.h"
#include "validate/validator.h"
#include "validate/whatsapp.h"

namespace logveil::validate {
namespace {

bool AcceptAll(std::string_view) { return true; }

constexpr std::pair<std::string_view, Validator> kValidators[] = {
    {"none", &AcceptAll},
    {"luhn", &IsLuhnValid},
    {"iban", &IsIbanValid},
    {"email_domain", &HasKnownTld},
    {"email", &IsPlausibleEmail},
    {"us_ssn", &IsPlausibleUsSsn},
    {"imei", &IsImei},
    {"e164", &IsValidE164Number},
    {"jwt", &IsJwt},
    {"not_placeholder", &IsNotPlaceholder},
    {"credential_value", &IsCredentialValue},
    {"whatsapp_message_id", &IsWhatsAppMessageId},
    {"personal_addressee", &IsPersonalAddressee},
    {"padded_base64", &IsPaddedBase64},
};

}  // namespace

Validator LookupValidator(std::string_view name) {
  for (const auto& [validator_name, validator] : kValidators) {
    if (validator_name == name) return validator;
  }
  return nullptr;
}

}  // namespace logveil::validate
