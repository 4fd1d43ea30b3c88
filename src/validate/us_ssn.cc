#include "validate/us_ssn.h"

#include "base/ascii.h"

namespace logveil::validate {

bool IsPlausibleUsSsn(std::string_view ssn) {
  char digits[9];
  int count = 0;
  for (char c : ssn) {
    if (c == '-' || c == ' ') continue;
    if (!ascii::IsDigit(c) || count == 9) return false;
    digits[count++] = c;
  }
  if (count != 9) return false;
  int area = (digits[0] - '0') * 100 + (digits[1] - '0') * 10 + digits[2] - '0';
  bool group_zero = digits[3] == '0' && digits[4] == '0';
  bool serial_zero = digits[5] == '0' && digits[6] == '0' && digits[7] == '0' &&
                     digits[8] == '0';
  return area != 0 && area != 666 && area < 900 && !group_zero && !serial_zero;
}

}  // namespace logveil::validate
