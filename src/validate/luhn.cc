#include "validate/luhn.h"

#include "base/ascii.h"

namespace logveil::validate {

bool IsLuhnValid(std::string_view number) {
  int sum = 0;
  int digits = 0;
  // ISO/IEC 7812-1 Annex B: from the rightmost digit, double every second
  // digit and subtract 9 from results over 9; the total must end in 0.
  for (auto it = number.rbegin(); it != number.rend(); ++it) {
    if (*it == ' ' || *it == '-') continue;
    if (!ascii::IsDigit(*it)) return false;
    int value = *it - '0';
    if (digits++ % 2 == 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return digits >= 2 && sum % 10 == 0;
}

}  // namespace logveil::validate
