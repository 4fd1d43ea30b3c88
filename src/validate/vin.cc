#include "validate/vin.h"

#include "base/ascii.h"

namespace logveil::validate {
namespace {

constexpr size_t kCheckDigitIndex = 8;
constexpr size_t kSerialDigits = 4;
constexpr int kMinLetters = 3;
constexpr int kCheckModulus = 11;

// 49 CFR 565.15 table IV: the value of each letter A-Z; I, O and Q never
// occur in a VIN (0).
constexpr int kLetterValues[26] = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4,
                                   5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
// 49 CFR 565.15 table V: the weight of each position.
constexpr int kWeights[kVinLength] = {8, 7, 6, 5, 4, 3, 2, 10, 0,
                                      9, 8, 7, 6, 5, 4, 3, 2};

bool IsVinLetter(char c) {
  return ascii::IsUpper(c) && c != 'I' && c != 'O' && c != 'Q';
}

int ValueOf(char c) {
  return ascii::IsDigit(c) ? c - '0' : kLetterValues[c - 'A'];
}

}  // namespace

bool HasVinShape(std::string_view vin) {
  if (vin.size() != kVinLength) return false;
  int letters = 0;
  bool beyond_hex = false;
  for (char c : vin) {
    if (ascii::IsDigit(c)) continue;
    if (!IsVinLetter(c)) return false;
    ++letters;
    beyond_hex = beyond_hex || !ascii::IsHexDigit(c);
  }
  for (size_t i = kVinLength - kSerialDigits; i < kVinLength; ++i) {
    if (!ascii::IsDigit(vin[i])) return false;
  }
  return letters >= kMinLetters && beyond_hex;
}

bool HasValidVinCheckDigit(std::string_view vin) {
  int sum = 0;
  for (size_t i = 0; i < kVinLength; ++i) sum += ValueOf(vin[i]) * kWeights[i];
  int check = sum % kCheckModulus;
  char expected = check == 10 ? 'X' : static_cast<char>('0' + check);
  return vin[kCheckDigitIndex] == expected;
}

}  // namespace logveil::validate
