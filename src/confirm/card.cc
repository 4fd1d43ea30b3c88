#include "confirm/card.h"

#include <climits>
#include <cstdint>

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "validate/luhn.h"

namespace logveil::confirm {
namespace {

constexpr int kMinDigits = 13;
// Maestro issues 12-digit numbers; they count only after a card word.
constexpr int kMinNamedDigits = 12;
constexpr int kMaxDigits = 19;
// Printed groups are at most 6 digits long (Amex 4-6-5); a longer run of
// digits is a card only when it stands alone.
constexpr int kMaxGroupDigits = 6;
constexpr int kMaxGroups = 5;  // 4-4-4-4-3
// A run of more groups than this may hold a card and its security code
// (CardBeforeCode): a card has three groups at least.
constexpr int kMinRunForPart = 3;

constexpr uint32_t Lengths(int min, int max) {
  uint32_t mask = 0;
  for (int n = min; n <= max; ++n) mask |= uint32_t{1} << n;
  return mask;
}
constexpr uint32_t Length(int n) { return uint32_t{1} << n; }

// An issuer identification range: numbers whose first `digits` digits lie
// in [low, high] have one of the lengths in `lengths` (bit n = n digits).
struct IssuerRange {
  int digits;
  int low;
  int high;
  uint32_t lengths;
};

// ISO/IEC 7812 ranges of the networks in use, from the networks' published
// IIN tables. Left out: Maestro's 12-digit numbers (12 digits is too short
// for Luhn to mean much) and UATP (prefix 1, 15 digits), which would take in
// every Luhn-valid 15-digit id that starts with 1; these, and numbers
// outside every range, count only after a word that names a card
// (IsCard).
constexpr IssuerRange kIssuerRanges[] = {
    {4, 1800, 1800, Length(15)},                      // JCB, legacy
    {4, 2131, 2131, Length(15)},                      // JCB, legacy
    {4, 2200, 2204, Lengths(16, 19)},                 // Mir
    {4, 2221, 2720, Length(16)},                      // Mastercard 2-series
    {3, 300, 305, Lengths(14, 19)},                   // Diners Club
    {4, 3095, 3095, Lengths(14, 19)},                 // Diners Club
    {2, 34, 34, Length(15)},                          // American Express
    {4, 3528, 3589, Lengths(16, 19)},                 // JCB
    {2, 36, 36, Lengths(14, 19)},                     // Diners Club
    {2, 37, 37, Length(15)},                          // American Express
    {2, 38, 39, Lengths(14, 19)},                     // Diners Club
    {1, 4, 4, Length(13) | Length(16) | Length(19)},  // Visa
    {2, 50, 50, Lengths(13, 19)},                     // Maestro, Verve
    {2, 51, 55, Length(16)},                          // Mastercard
    {2, 56, 58, Lengths(13, 19)},                     // Maestro
    {4, 6011, 6011, Lengths(16, 19)},                 // Discover
    {2, 60, 60, Length(16)},                          // RuPay
    {2, 62, 62, Lengths(16, 19)},                     // UnionPay
    {2, 63, 63, Lengths(13, 19)},                     // Maestro
    {3, 644, 649, Lengths(16, 19)},                   // Discover
    {2, 65, 65, Lengths(16, 19)},                     // Discover, RuPay
    {2, 67, 67, Lengths(13, 19)},                     // Maestro
    {4, 8100, 8171, Lengths(16, 19)},                 // UnionPay 8-series
};

// The digits of a candidate, without separators.
struct CardDigits {
  char digits[kMaxDigits];
  int count = 0;
};

bool HasIssuer(const CardDigits& card) {
  for (const IssuerRange& range : kIssuerRanges) {
    if ((range.lengths & Length(card.count)) == 0) continue;
    int prefix = 0;
    for (int k = 0; k < range.digits; ++k) {
      prefix = prefix * 10 + (card.digits[k] - '0');
    }
    if (prefix >= range.low && prefix <= range.high) return true;
  }
  return false;
}

// Group layouts that cards are printed in: 4-4-4-4 and every run of fours
// ending in a shorter group (4-4-4-1 .. 4-4-4-4-3), Amex 4-6-5, Diners 4-6-4.
bool IsCardLayout(const int* groups, int count) {
  if (count == 3 && groups[0] == 4 && groups[1] == 6) {
    return groups[2] == 4 || groups[2] == 5;
  }
  if (count < 3) return false;
  for (int k = 0; k + 1 < count; ++k) {
    if (groups[k] != 4) return false;
  }
  return groups[count - 1] >= 1 && groups[count - 1] <= 4;
}

bool DigitAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsDigit(text[i]);
}

// Digits at `begin` may start a card: not glued to a word ("blk_6952..."),
// a decimal ("0.4111..."), a sign ("-4111", "blk_-6952...") or a phone
// number ("+4915...").
bool IsCleanStart(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  char prev = text[begin - 1];
  return !ascii::IsWordChar(prev) && prev != '.' && prev != '-' && prev != '+';
}

// The digits ending at `end` are not continued by a word character, nor by
// '.' or '-' and more digits ("1514038535000.123", "...-2").
bool IsCleanEnd(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  char next = text[end];
  if (ascii::IsWordChar(next)) return false;
  return !((next == '.' || next == '-') && DigitAt(text, end + 1));
}

// True if the `digits` digits ending at `end` can be a group of a run
// joined by `separator`: the separator and a digit follow (the next group),
// or the digits end cleanly and do not start a date or time ("12/25",
// "10:30"). A card's last group may have its expiry glued on
// ("4111-1111-1111-1111/12/27"): a group of three or four digits before a
// '/' or ':' still counts.
bool IsGroupEnd(std::string_view text, size_t end, size_t digits,
                char separator) {
  constexpr size_t kMaxDateDigits = 2;  // "12/25", "10:30"
  if (end < text.size() && text[end] == separator && DigitAt(text, end + 1)) {
    return true;
  }
  if (end < text.size() && (text[end] == '/' || text[end] == ':') &&
      DigitAt(text, end + 1)) {
    return digits > kMaxDateDigits;
  }
  return IsCleanEnd(text, end);
}

// A maximal run of digit groups joined by one kind of single separator.
struct GroupRun {
  size_t end = 0;  // just after the last digit of the run
  int groups[kMaxGroups];
  int group_count = 0;
  bool fits = true;  // at most kMaxGroups groups and kMaxDigits digits
  CardDigits card;
};

// Returns the end of the digit group at `begin` and adds it to `run`.
size_t AddGroup(std::string_view text, size_t begin, GroupRun& run) {
  size_t i = begin;
  for (; DigitAt(text, i); ++i) {
    // Saturates at kMaxDigits + 1: any longer run is equally no card.
    if (run.card.count < kMaxDigits) run.card.digits[run.card.count] = text[i];
    if (run.card.count <= kMaxDigits) ++run.card.count;
  }
  if (run.group_count >= kMaxGroups || run.card.count > kMaxDigits) {
    run.fits = false;
  } else {
    run.groups[run.group_count] = static_cast<int>(i - begin);
  }
  ++run.group_count;
  return i;
}

// Parses the run whose first digit is at `begin`. A group joins the run only
// if the separator before it is the run's separator, it has at most
// kMaxGroupDigits digits and it ends cleanly, so "4111 1111 1111 1111 12/25"
// stops before "12", and in "id 42 4111111111111111" the long number forms
// a run of its own. At most `max_groups` groups are read.
GroupRun ParseGroupRun(std::string_view text, size_t begin,
                       int max_groups = INT_MAX) {
  GroupRun run;
  run.end = AddGroup(text, begin, run);
  if (run.end - begin > kMaxGroupDigits) return run;
  char separator = run.end < text.size() ? text[run.end] : '\0';
  if (separator != ' ' && separator != '-') return run;
  while (run.group_count < max_groups && run.end < text.size() &&
         text[run.end] == separator && DigitAt(text, run.end + 1)) {
    size_t group_begin = run.end + 1;
    size_t group_end = group_begin;
    while (DigitAt(text, group_end)) ++group_end;
    if (group_end - group_begin > kMaxGroupDigits ||
        !IsGroupEnd(text, group_end, group_end - group_begin, separator)) {
      break;
    }
    run.end = AddGroup(text, group_begin, run);
  }
  return run;
}

// A card: Luhn-valid, in a card layout, and either in an issuer's range at
// one of its lengths or right after a word that names a card ("card
// 5018...", "credit card number is ...": a boost word of the entry's
// context, confirm/context_words.h).
bool IsCard(std::string_view text, size_t begin, const GroupRun& run,
            const FindOptions& options) {
  if (!run.fits || run.card.count < kMinNamedDigits) return false;
  if (run.group_count > 1 && !IsCardLayout(run.groups, run.group_count)) {
    return false;
  }
  if (!IsCleanEnd(text, run.end)) return false;
  // Luhn first: nine in ten runs fail it, and it costs less than reading
  // the words before the run.
  if (!validate::IsLuhnValid(text.substr(begin, run.end - begin))) {
    return false;
  }
  bool issued = run.card.count >= kMinDigits && HasIssuer(run.card);
  return issued || options.context.Boosts(text, {begin, run.end});
}

// True if the digit group at `begin` has 3 digits, as a security code.
bool IsCodeLength(std::string_view text, size_t begin) {
  size_t end = begin;
  while (DigitAt(text, end)) ++end;
  return end - begin == 3;
}

// A card followed by its security code in the same run of groups ("4111
// 1111 1111 1111 123"): the run as a whole is no card, so returns the
// longest run of its first groups (three or more) that is one and is
// followed by a group of 3 digits, or an empty range. Other runs stay
// whole: twenty digits in fours ("2017 4111 1111 1111 1111") are some
// other number as often as a card with a year beside it.
ByteRange CardBeforeCode(std::string_view text, size_t begin, size_t end,
                         const FindOptions& options) {
  constexpr int kMaxRunGroups = 12;
  size_t starts[kMaxRunGroups];
  int count = 0;
  for (size_t i = begin; i < end; ++i) {
    bool group_start =
        ascii::IsDigit(text[i]) && (i == begin || !ascii::IsDigit(text[i - 1]));
    if (!group_start) continue;
    if (count == kMaxRunGroups) return {};
    starts[count++] = i;
  }
  constexpr int kMinCardGroups = 3;  // Amex 4-6-5; 4-4-4-4 has four
  for (int k = count - 1; k >= kMinCardGroups; --k) {
    if (!IsCodeLength(text, starts[k])) continue;
    GroupRun part = ParseGroupRun(text, begin, k);
    if (part.group_count == k && IsCard(text, begin, part, options)) {
      return {begin, part.end};
    }
  }
  return {};
}

// A left-to-right scan (Step) surely stops right after a byte that no run
// of digit groups contains: it never jumps over one.
bool IsRunBarrier(char c) { return !ascii::IsDigit(c) && c != ' ' && c != '-'; }

// One step of the left-to-right scan at `pos`: returns where it goes next.
size_t Step(std::string_view text, size_t pos, const FindOptions& options,
            std::vector<ByteRange>& out) {
  if (!ascii::IsDigit(text[pos])) return pos + 1;
  size_t begin = pos;
  if (!IsCleanStart(text, begin)) {
    while (DigitAt(text, pos)) ++pos;
    return pos;
  }
  GroupRun run = ParseGroupRun(text, begin);
  if (IsCard(text, begin, run, options)) {
    out.push_back({begin, run.end});
  } else if (run.group_count > kMinRunForPart) {
    ByteRange card = CardBeforeCode(text, begin, run.end, options);
    if (card.size() > 0) out.push_back(card);
  }
  // The whole run is consumed either way: a card never starts inside a
  // longer run of groups, which keeps the scan linear.
  return run.end;
}

// Where every card starts: a clean start, then kMinNamedDigits digits, or
// the first two groups of a printed layout (4-4- or 4-6-, see
// IsCardLayout).
struct CardSteps {
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    MaskPair digit = v.Pair(&ByteClasses::digit);
    MaskPair two = digit & digit.Ahead(1);
    MaskPair four = two & two.Ahead(2);
    if (None(four.lo)) return Words{};
    MaskPair separator =
        v.Pair(&ByteClasses::space) | v.Pair(&ByteClasses::dash);
    MaskPair eight = four & four.Ahead(4);
    Words twelve = (eight & four.Ahead(8)).lo;
    MaskPair second_group =
        four.Ahead(5) &
        (separator.Ahead(9) | (two.Ahead(9) & separator.Ahead(11)));
    Words grouped = (separator.Ahead(4) & second_group).lo;
    Words clean =
        ~(IsWordByte(v, -1) | v.Has(&ByteClasses::dot, -1) |
          v.Has(&ByteClasses::dash, -1) | v.Has(&ByteClasses::plus, -1));
    return four.lo & clean & (grouped | twelve);
  }

  // Runs the scan from where it surely stops before `at` until it passes
  // `at`: skipping a run of groups decides where the next one starts.
  static size_t Visit(std::string_view text, size_t at, size_t pos,
                      const FindOptions& options, std::vector<ByteRange>& out) {
    size_t from = at;
    while (from > pos && !IsRunBarrier(text[from - 1])) --from;
    while (from <= at) from = Step(text, from, options, out);
    return from;
  }
};

}  // namespace

const FinderSteps kCardSteps = kStepsOf<CardSteps>;

void FindCards(std::string_view text, const FindOptions& options,
               std::vector<ByteRange>& out) {
  RunFinderSteps(kCardSteps, text, options, out);
}

}  // namespace logveil::confirm
