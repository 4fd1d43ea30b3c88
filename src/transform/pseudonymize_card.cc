// Card pseudonyms: the IIN (first six digits) and the last four stay if the
// policy says so, the middle digits go through a keyed permutation, and the
// last middle digit is chosen so that the Luhn check fails, or passes when
// the policy asks for valid-looking numbers. Failing by default means the
// result is not a card number to any scanner, logveil's own included: a
// second pass leaves it alone. Separators stay where they were.
#include "base/ascii.h"
#include "transform/digit_permutation.h"
#include "transform/pseudonymize.h"

namespace logveil::transform {
namespace {

constexpr size_t kMaxDigits = 19;

// Returns the Luhn contribution of digit `d` at `from_right` (0 = last).
int LuhnTerm(int d, size_t from_right) {
  if (from_right % 2 == 0) return d;
  return d * 2 > 9 ? d * 2 - 9 : d * 2;
}

}  // namespace

bool AppendCardPseudonym(const PseudonymizeAction& action,
                         std::string_view value, std::string& out) {
  size_t positions[kMaxDigits];
  size_t count = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    if (!ascii::IsDigit(value[i])) continue;
    if (count == kMaxDigits) return false;
    positions[count++] = i;
  }
  if (count < 12) return false;
  size_t first = action.card_keep_iin ? 6 : 0;
  size_t last = action.card_keep_last4 ? count - 4 : count;
  if (last < first + 2) return false;
  size_t base = out.size();
  out.append(value);
  auto digit = [&](size_t index) { return out[base + positions[index]] - '0'; };
  // The kept digits select the permutation, so equal middles under other
  // IINs or last fours do not map alike.
  uint64_t context = 0;
  for (size_t i = 0; i < count; ++i) {
    if (i < first || i >= last) context = context * 10 + digit(i);
  }
  uint64_t tweak = uint64_t{'C'} << 56 | uint64_t{count} << 48 |
                   uint64_t{first} << 44 | uint64_t{count - last} << 40 |
                   context;
  size_t fixer = last - 1;  // the digit that sets the Luhn sum
  uint64_t number = 0, domain = 1;
  for (size_t i = first; i < fixer; ++i) {
    number = number * 10 + digit(i);
    domain *= 10;
  }
  number = PermuteBelow(action.keys->digits, domain, tweak, number);
  for (size_t i = fixer; i > first; --i) {
    out[base + positions[i - 1]] = static_cast<char>('0' + number % 10);
    number /= 10;
  }
  int sum = 0;
  for (size_t i = 0; i < count; ++i) {
    if (i != fixer) sum += LuhnTerm(digit(i), count - 1 - i);
  }
  int target = action.card_luhn ? 0 : 1;
  for (int d = 0; d < 10; ++d) {
    if ((sum + LuhnTerm(d, count - 1 - fixer)) % 10 == target) {
      out[base + positions[fixer]] = static_cast<char>('0' + d);
      break;
    }
  }
  return true;
}

}  // namespace logveil::transform
