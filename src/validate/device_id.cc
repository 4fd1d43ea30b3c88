#include "validate/device_id.h"

#include <algorithm>

#include "base/ascii.h"
#include "validate/luhn.h"

namespace logveil::validate {

bool IsImei(std::string_view digits) {
  // As printed on boxes and labels: 35-209900-176148-1 (or with blanks).
  constexpr size_t kGrouped = 18;
  if (digits.size() == kGrouped && (digits[2] == '-' || digits[2] == ' ') &&
      digits[9] == digits[2] && digits[16] == digits[2]) {
    char plain[15];
    size_t size = 0;
    for (char c : digits) {
      if (c == digits[2]) continue;
      if (size == sizeof plain) return false;
      plain[size++] = c;
    }
    return size == sizeof plain && IsImei(std::string_view(plain, size));
  }
  if (!std::all_of(digits.begin(), digits.end(), ascii::IsDigit)) return false;
  if (digits.size() == 16) return true;  // IMEISV carries no check digit
  return digits.size() == 15 && IsLuhnValid(digits);
}

}  // namespace logveil::validate
