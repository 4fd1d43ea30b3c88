// Phone pseudonyms: the country code (or a national trunk prefix) and the
// first national digit stay, every other digit is replaced through a keyed
// permutation, and every non-digit byte stays where it was, so the length
// and grouping are the input's. Keeping the first national digit keeps the
// number's class (mobile or fixed in many plans) and avoids a leading 0.
// The permutation is walked until libphonenumber calls the result valid,
// so parsers downstream see a real-looking number of the same country.
#include <string>
#include <vector>

#include "base/ascii.h"
#include "transform/digit_permutation.h"
#include "transform/pseudonymize.h"
#include "validate/phone_number.h"

namespace logveil::transform {
namespace {

constexpr size_t kMaxDigits = 32;
constexpr size_t kChunkDigits = 18;  // 10^18 < kMaxPermutationDomain
// About 40% of permuted numbers are valid, so 24 steps fail once in 10^5;
// each costs a libphonenumber check (~9 us).
constexpr int kMaxValidityWalk = 24;

bool StartsWithFolded(std::string_view text, std::string_view prefix) {
  return ascii::EqualsLower(text.substr(0, prefix.size()), prefix);
}

// E.164 country codes are prefix-free: 1 and 7 have one digit, these have
// two, and all others three (ITU-T E.164 assignment list).
size_t CountryCodeLength(int first, int second) {
  if (first == 1 || first == 7) return 1;
  static constexpr int kTwoDigitCodes[] = {
      20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46,
      47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63,
      64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
  for (int code : kTwoDigitCodes) {
    if (code == first * 10 + second) return 2;
  }
  return 3;
}

// The digits of a phone finding and what to keep of them.
struct PhoneDigits {
  size_t positions[kMaxDigits];
  size_t count = 0;
  size_t first_changed = 0;  // digits before this index stay
  uint64_t context = 0;      // country code and first national digit
  bool international = false;
  size_t number_begin = 0;    // the country code, or the national number
  size_t trunk = kMaxDigits;  // the 0 of "+41 (0)62": not dialled
  bool extension = false;     // "x123", "ext. 503" after the number
};

bool IsParenthesizedZero(std::string_view value, size_t at) {
  return at > 0 && at + 1 < value.size() && value[at - 1] == '(' &&
         value[at] == '0' && value[at + 1] == ')';
}

bool ReadPhoneDigits(std::string_view value, PhoneDigits& digits) {
  size_t begin = StartsWithFolded(value, "tel:") ? 4 : 0;
  bool international = false;
  if (begin < value.size() && value[begin] == '+') {
    international = true;
  } else if (StartsWithFolded(value.substr(begin), "%2b")) {
    international = true;
    begin += 3;  // the '2' of %2B is no digit of the number
  }
  for (size_t i = begin; i < value.size(); ++i) {
    digits.extension =
        digits.extension || (digits.count > 0 && ascii::IsAlpha(value[i]));
    if (!ascii::IsDigit(value[i])) continue;
    if (digits.count == kMaxDigits) return false;
    digits.positions[digits.count++] = i;
  }
  if (digits.count < 3) return false;
  auto digit = [&](size_t index) {
    return value[digits.positions[index]] - '0';
  };
  size_t next = 0;
  if (!international && digits.count > 4 && digit(0) == 0 && digit(1) == 0) {
    international = true;  // "0049 30 ...": the 00 is an exit prefix
    next = 2;
  }
  digits.number_begin = next;
  if (international) {
    if (digits.count < next + 3) return false;
    size_t code_length = CountryCodeLength(digit(next), digit(next + 1));
    for (size_t i = 0; i < code_length; ++i) {
      digits.context = digits.context * 10 + digit(next + i);
    }
    next += code_length;
    if (IsParenthesizedZero(value, digits.positions[next]))
      digits.trunk = next++;
  } else if (digit(0) == 0 || (digit(0) == 1 && digits.count == 11)) {
    next = 1;  // a national trunk prefix: 030 ..., 1-650-...
  }
  if (next + 2 > digits.count) return false;
  digits.context = (digits.context * 10 + digit(next)) * 2 + international;
  digits.international = international;
  digits.first_changed = next + 1;
  return true;
}

// Returns true if the digits of `text` at `digits` form a valid number:
// with its country code, or national for one of `regions`.
bool IsValidNumber(std::string_view text, const PhoneDigits& digits,
                   const std::vector<std::string>& regions) {
  thread_local std::string number;
  number.assign(digits.international ? "+" : "");
  for (size_t i = digits.number_begin; i < digits.count; ++i) {
    if (i != digits.trunk) number.push_back(text[digits.positions[i]]);
  }
  if (digits.international) return validate::IsValidPhoneNumber(number, "US");
  for (const auto& region : regions) {
    if (validate::IsValidPhoneNumber(number, region)) return true;
  }
  return false;
}

// Writes the last digits of `number` to the digits [begin, end) of `text`.
void WriteDigits(uint64_t number, const PhoneDigits& digits, size_t begin,
                 size_t end, char* text) {
  for (size_t i = end; i > begin; --i) {
    text[digits.positions[i - 1]] = static_cast<char>('0' + number % 10);
    number /= 10;
  }
}

}  // namespace

bool AppendPhonePseudonym(const PseudonymizeAction& action,
                          std::string_view value, std::string& out) {
  PhoneDigits digits;
  if (!ReadPhoneDigits(value, digits)) return false;
  size_t base = out.size();
  out.append(value);
  size_t changed = digits.count - digits.first_changed;
  // One chunk, no extension: walk the permutation's cycle until the number
  // is valid again (cycle walking with validity as the test keeps the map a
  // bijection of valid numbers), giving up after kMaxValidityWalk steps.
  bool walk =
      action.phone_keep_valid && changed <= kChunkDigits && !digits.extension;
  for (size_t chunk = 0; chunk * kChunkDigits < changed; ++chunk) {
    size_t begin = digits.first_changed + chunk * kChunkDigits;
    size_t end = std::min(digits.count, begin + kChunkDigits);
    uint64_t number = 0, domain = 1;
    for (size_t i = begin; i < end; ++i) {
      number = number * 10 + (value[digits.positions[i]] - '0');
      domain *= 10;
    }
    uint64_t tweak = uint64_t{'P'} << 56 | uint64_t{changed} << 48 |
                     uint64_t{chunk} << 40 | digits.context;
    number = PermuteBelow(action.keys->digits, domain, tweak, number);
    uint64_t first = number;
    for (int step = 0; walk; ++step) {
      WriteDigits(number, digits, begin, end, out.data() + base);
      std::string_view written(out.data() + base, value.size());
      if (IsValidNumber(written, digits, action.phone_regions)) break;
      if (step == kMaxValidityWalk) {
        number = first;
        break;
      }
      number = PermuteBelow(action.keys->digits, domain, tweak, number);
    }
    WriteDigits(number, digits, begin, end, out.data() + base);
  }
  return true;
}

}  // namespace logveil::transform
