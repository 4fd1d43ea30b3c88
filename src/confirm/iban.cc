#include "confirm/iban.h"

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "validate/iban.h"

namespace logveil::confirm {
namespace {

constexpr size_t kGroupSize = 4;       // ISO 13616-1 paper format: groups of 4
constexpr size_t kMaxIbanLength = 34;  // ISO 13616-1
constexpr size_t kPrefixLength = 4;    // country code and check digits

enum class LetterCase { kUpper, kLower };

bool HasCase(char c, LetterCase letter_case) {
  return letter_case == LetterCase::kUpper
             ? ascii::IsUpper(c)
             : (ascii::IsAlpha(c) && !ascii::IsUpper(c));
}

// An IBAN character after the country code. A lower-case IBAN is all lower
// case; in an upper-case one the registry allows lower-case letters where
// its format says "either case" (validate::IsIbanValid checks where).
bool IsIbanChar(char c, LetterCase letter_case) {
  return letter_case == LetterCase::kUpper
             ? ascii::IsAlnum(c)
             : ascii::IsDigit(c) || HasCase(c, letter_case);
}

bool IsBoundary(std::string_view text, size_t i) {
  return i >= text.size() || !ascii::IsWordChar(text[i]);
}

// A candidate being read: its characters without separators, on the stack,
// and how they are grouped.
struct Reading {
  char chars[kMaxIbanLength];
  size_t size = 0;
  size_t groups = 0;
  bool fours = true;           // every group but the last has four chars
  bool short_group = false;    // a group of one character
  int short_bban_groups = 0;   // groups of two inside the BBAN
  char space_or_other = '\0';  // the separators' kind: ' ', '-' or '.'
  bool mixed = false;          // spaces and another kind
  std::string_view view() const { return {chars, size}; }

  // Ends the group that started at character `start`.
  void EndGroup(size_t start) {
    size_t length = size - start;
    if (start != groups * kGroupSize) fours = false;
    short_group |= length < 2;
    if (start >= kPrefixLength && length == 2) ++short_bban_groups;
    ++groups;
  }
};

bool IsSeparator(char c) { return c == ' ' || c == '-' || c == '.'; }

// Notes the separator `c` between two groups. Returns false for a layout no
// IBAN is printed in: spaces after another kind ("DE89 3704-0044 0532").
bool AddSeparator(char c, Reading& reading) {
  if (reading.space_or_other == '\0' || reading.space_or_other == ' ') {
    if (reading.space_or_other == ' ' && c != ' ') reading.mixed = true;
    reading.space_or_other = c;
    return true;
  }
  return c == reading.space_or_other;
}

// True for the layouts IBANs are written in. The print form: unbroken, or
// groups of four joined by one kind of single separator (' ' or '-';
// presidio's "AL47-2121-..." is the dash form); upper-case IBANs only, a
// lower-case word followed by grouped digits is more often prose. National
// forms, as banks and python-stdnum print them: the country code apart from
// the check digits ("NO 02 1503 7577 003"), groups of two characters or
// more, at most one of them a pair inside the BBAN ("NO 19 4920 06 96270"),
// spaces first and then at most one other kind ("NO 44 1850.05.14562",
// "ES72 2013-0692-81-0201150993").
bool IsIbanLayout(const Reading& reading, LetterCase letter_case) {
  if (reading.groups <= 1) return true;
  if (letter_case == LetterCase::kLower) return false;
  if (reading.fours && !reading.mixed && reading.space_or_other != '.') {
    return true;
  }
  return !reading.short_group && reading.short_bban_groups <= 1;
}

// Reads `length` IBAN characters from `begin` (the country code) in groups
// joined by single separators. Returns the end of the IBAN, or 0 if the
// text there is no IBAN of that length and layout.
size_t ReadIban(std::string_view text, size_t begin, size_t length,
                LetterCase letter_case, Reading& reading) {
  size_t i = begin;
  size_t group_start = 0;
  while (reading.size < length) {
    if (i >= text.size()) return 0;
    char c = text[i];
    if (IsSeparator(c) && reading.size > group_start) {
      if (!AddSeparator(c, reading)) return 0;
      reading.EndGroup(group_start);
      group_start = reading.size;
      c = ++i < text.size() ? text[i] : '\0';
    }
    bool country = reading.size < 2;
    if (!(country ? HasCase(c, letter_case) : IsIbanChar(c, letter_case))) {
      return 0;
    }
    reading.chars[reading.size++] = c;
    ++i;
  }
  reading.EndGroup(group_start);
  // "IL15 0120 6900 0000 3111 0120 ..." is longer than an IL IBAN; a new
  // word after a complete IBAN ("... 8901 X in a sentence") is fine.
  if (!IsBoundary(text, i) || !IsIbanLayout(reading, letter_case)) return 0;
  return i;
}

// Returns the end of the IBAN that starts at `begin`, or 0 if none does.
size_t MatchIban(std::string_view text, size_t begin) {
  if (begin + 5 > text.size()) return 0;
  char first = text[begin];
  char second = text[begin + 1];
  LetterCase letter_case =
      ascii::IsUpper(first) ? LetterCase::kUpper : LetterCase::kLower;
  // The check digits, right after the country code or after a space.
  size_t check = begin + (text[begin + 2] == ' ' ? 3 : 2);
  if (!HasCase(first, letter_case) || !HasCase(second, letter_case) ||
      !ascii::IsDigit(text[check]) || !ascii::IsDigit(text[check + 1])) {
    return 0;
  }
  const char country[2] = {static_cast<char>(first & ~0x20),
                           static_cast<char>(second & ~0x20)};
  int length = validate::IbanLengthForCountry({country, 2});
  if (length == 0) return 0;
  Reading reading;
  size_t end =
      ReadIban(text, begin, static_cast<size_t>(length), letter_case, reading);
  if (end == 0 || !validate::IsIbanValid(reading.view())) return 0;
  return end;
}

// Where scanning finds the start of a word made of two letters of one case
// and two digits, or of two capitals, a space and two digits: the country
// code and check digits of every IBAN.
struct IbanSteps {
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    Words letters = v.Has(&ByteClasses::alpha) & v.Has(&ByteClasses::alpha, 1);
    Words digits_at_2 =
        v.Has(&ByteClasses::digit, 2) & v.Has(&ByteClasses::digit, 3);
    // A lower-case IBAN is unbroken (IsIbanLayout): "at 16", "on 10" and
    // "ip 00" start none.
    Words upper = v.Has(&ByteClasses::upper);
    Words digits_at_3 = upper & v.Has(&ByteClasses::space, 2) &
                        v.Has(&ByteClasses::digit, 3) &
                        v.Has(&ByteClasses::digit, 4);
    Words candidates = letters & (digits_at_2 | digits_at_3);
    if (None(candidates)) return Words{};
    Words next_upper = v.Has(&ByteClasses::upper, 1);
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
