#include "validate/br_cpf.h"

#include "base/ascii.h"

namespace logveil::validate {
namespace {

constexpr int kDigits = 11;

// The check digit after digits[0, count): the weighted sum (weights count + 1
// down to 2) times 10, mod 11, where 10 counts as 0.
int CheckDigit(const int* digits, int count) {
  int sum = 0;
  for (int i = 0; i < count; ++i) sum += digits[i] * (count + 1 - i);
  return sum * 10 % 11 % 10;
}

}  // namespace

bool IsValidBrCpf(std::string_view cpf) {
  int digits[kDigits];
  int count = 0;
  for (char c : cpf) {
    if (c == '.' || c == '-') continue;
    if (!ascii::IsDigit(c) || count == kDigits) return false;
    digits[count++] = c - '0';
  }
  if (count != kDigits) return false;
  bool repeated = true;
  for (int i = 1; i < kDigits; ++i)
    repeated = repeated && digits[i] == digits[0];
  return !repeated && CheckDigit(digits, 9) == digits[9] &&
         CheckDigit(digits, 10) == digits[10];
}

}  // namespace logveil::validate
