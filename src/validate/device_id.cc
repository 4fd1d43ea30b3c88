#include "validate/device_id.h"

#include <algorithm>

#include "base/ascii.h"
#include "validate/luhn.h"

namespace logveil::validate {

bool IsImei(std::string_view digits) {
  if (!std::all_of(digits.begin(), digits.end(), ascii::IsDigit)) return false;
  if (digits.size() == 16) return true;  // IMEISV carries no check digit
  return digits.size() == 15 && IsLuhnValid(digits);
}

}  // namespace logveil::validate
