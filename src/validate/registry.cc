// Name → validator table for pattern files. Unknown names are a load error.
#include <utility>

#include "validate/email_domain.h"
#include "validate/iban.h"
#include "validate/luhn.h"
#include "validate/validator.h"

namespace logveil::validate {
namespace {

bool AcceptAll(std::string_view) { return true; }

constexpr std::pair<std::string_view, Validator> kValidators[] = {
    {"none", &AcceptAll},
    {"luhn", &IsLuhnValid},
    {"iban", &IsIbanValid},
    {"email_domain", &HasKnownTld},
};

}  // namespace

Validator LookupValidator(std::string_view name) {
  for (const auto& [validator_name, validator] : kValidators) {
    if (validator_name == name) return validator;
  }
  return nullptr;
}

}  // namespace logveil::validate
