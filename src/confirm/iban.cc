#include "confirm/iban.h"

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "validate/iban.h"

namespace logveil::confirm {
namespace {

constexpr size_t kGroupSize = 4;       // ISO 13616-1 paper format: groups of 4
constexpr size_t kMaxIbanLength = 34;  // ISO 13616-1

enum class LetterCase { kUpper, kLower };

bool HasCase(char c, LetterCase letter_case) {
  return letter_case == LetterCase::kUpper
             ? ascii::IsUpper(c)
             : (ascii::IsAlpha(c) && !ascii::IsUpper(c));
}

// An IBAN character: a digit or a letter of the IBAN's case. Mixed case
// ("LV80 bANK ...") is a typo or a word, not an IBAN.
bool IsIbanChar(char c, LetterCase letter_case) {
  return ascii::IsDigit(c) || HasCase(c, letter_case);
}

bool IsBoundary(std::string_view text, size_t i) {
  return i >= text.size() || !ascii::IsWordChar(text[i]);
}

// A candidate being read: its characters without separators, on the stack.
struct Compact {
  char chars[kMaxIbanLength];
  size_t size = 0;
  void Add(char c) { chars[size++] = c; }
  std::string_view view() const { return {chars, size}; }
};

// Reads `length` IBAN characters from `begin` (the country code), either
// unbroken or in groups of four joined by one kind of single separator (' '
// or '-'; presidio's "AL47-2121-..." is the dash form). Upper-case IBANs
// may be grouped; lower-case ones only unbroken ("my iban is gb42nawi...").
// Returns the end of the IBAN, or 0 if the text there is no IBAN of that
// length.
size_t ReadIban(std::string_view text, size_t begin, size_t length,
                LetterCase letter_case, Compact& compact) {
  size_t i = begin;
  char separator = '\0';
  while (compact.size < length) {
    if (i >= text.size()) return 0;
    char c = text[i];
    bool at_group_start = compact.size % kGroupSize == 0 && compact.size > 0;
    if (at_group_start && compact.size == kGroupSize && separator == '\0' &&
        (c == ' ' || c == '-') && letter_case == LetterCase::kUpper) {
      separator = c;  // decided once, after the first group
    }
    if (separator != '\0' && at_group_start) {
      if (c != separator) return 0;
      c = (++i < text.size()) ? text[i] : '\0';
    }
    if (!IsIbanChar(c, letter_case)) return 0;
    compact.Add(c);
    ++i;
  }
  // "IL15 0120 6900 0000 3111 0120 ..." is longer than an IL IBAN; a new
  // word after a complete IBAN ("... 8901 X in a sentence") is fine.
  return IsBoundary(text, i) ? i : 0;
}

// Returns the end of the IBAN that starts at `begin`, or 0 if none does.
size_t MatchIban(std::string_view text, size_t begin) {
  if (begin + 4 > text.size()) return 0;
  char first = text[begin];
  char second = text[begin + 1];
  LetterCase letter_case =
      ascii::IsUpper(first) ? LetterCase::kUpper : LetterCase::kLower;
  if (!HasCase(first, letter_case) || !HasCase(second, letter_case) ||
      !ascii::IsDigit(text[begin + 2]) || !ascii::IsDigit(text[begin + 3])) {
    return 0;
  }
  const char country[2] = {static_cast<char>(first & ~0x20),
                           static_cast<char>(second & ~0x20)};
  int length = validate::IbanLengthForCountry({country, 2});
  if (length == 0) return 0;
  Compact compact;
  size_t end =
      ReadIban(text, begin, static_cast<size_t>(length), letter_case, compact);
  if (end == 0 || !validate::IsIbanValid(compact.view())) return 0;
  return end;
}

// Where scanning finds the start of a word made of two letters of one case
// and two digits: the country code and check digits of every IBAN.
struct IbanSteps {
  static uint64_t Triggers(const BlockView& v) {
    uint64_t candidates =
        v.Has(&ByteClassBlock::digit, 2) & v.Has(&ByteClassBlock::digit, 3) &
        v.Has(&ByteClassBlock::alpha) & v.Has(&ByteClassBlock::alpha, 1);
    if (candidates == 0) return 0;
    uint64_t upper = v.Has(&ByteClassBlock::upper);
    uint64_t next_upper = v.Has(&ByteClassBlock::upper, 1);
    // Both letters of one case: upper-upper or lower-lower.
    return candidates & ~(upper ^ next_upper) & ~IsWordByte(v, -1);
  }

  static size_t Visit(std::string_view text, size_t begin, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    size_t end = MatchIban(text, begin);
    if (end == 0) return begin + 1;
    out.push_back({begin, end});
    return end;
  }
};

}  // namespace

const FinderSteps kIbanSteps = kStepsOf<IbanSteps>;

void FindIbans(std::string_view text, const FindOptions& options,
               std::vector<ByteRange>& out) {
  RunFinderSteps(kIbanSteps, text, options, out);
}

}  // namespace logveil::confirm
