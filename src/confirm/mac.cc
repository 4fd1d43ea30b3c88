#include "confirm/mac.h"

#include <array>

#include "base/ascii.h"
#include "confirm/finder_steps.h"

namespace logveil::confirm {
namespace {

// IEEE 802 addresses in their text forms, one separator throughout: EUI-48
// in six groups of two hex digits (three of four in Cisco's dotted form),
// EUI-64 in eight (four dotted), and netfilter's MAC= field in fourteen
// (destination, source, ethertype: "MAC=00:16:3e:...:08:00").
struct MacForm {
  char separator;
  size_t group_digits;
  std::array<size_t, 3> group_counts;  // the counts it comes in; 0: none
};
constexpr MacForm kColonForm = {':', 2, {14, 8, 6}};  // 00:1a:2b:3c:4d:5e
constexpr MacForm kDashForm = {'-', 2, {8, 6, 0}};    // 00-1A-2B-3C-4D-5E
constexpr MacForm kCiscoForm = {'.', 4, {4, 3, 0}};   // 001a.2b3c.4d5e
constexpr MacForm kSpaceForm = {' ', 2, {8, 6, 0}};   // 00 1A 2B 3C 4D 5E

constexpr size_t FormBytes(const MacForm& form, size_t groups) {
  return groups * (form.group_digits + 1) - 1;
}

bool IsHexToken(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token) {
    if (!ascii::IsHexDigit(c)) return false;
  }
  return true;
}

// What the hex digits of a candidate hold.
struct DigitKinds {
  bool decimal = false;  // some digit is 0-9
  bool letter = false;   // some digit is a-f
};

// Returns true if `text` at `begin` holds `groups` groups of `form`, and
// says what kinds of digits they hold.
bool MatchesForm(std::string_view text, size_t begin, const MacForm& form,
                 size_t groups, DigitKinds& kinds) {
  if (begin + FormBytes(form, groups) > text.size()) return false;
  kinds = {};
  size_t i = begin;
  for (size_t group = 0; group < groups; ++group) {
    if (group > 0 && text[i++] != form.separator) return false;
    for (size_t digit = 0; digit < form.group_digits; ++digit, ++i) {
      if (!ascii::IsHexDigit(text[i])) return false;
      bool decimal = ascii::IsDigit(text[i]);
      kinds.decimal |= decimal;
      kinds.letter |= !decimal;
    }
  }
  return true;
}

// The alphanumeric token that ends right before `end`.
std::string_view TokenBefore(std::string_view text, size_t end) {
  size_t begin = end;
  while (begin > 0 && ascii::IsAlnum(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

// The alphanumeric token that starts at `begin`.
std::string_view TokenAfter(std::string_view text, size_t begin) {
  size_t end = begin;
  while (end < text.size() && ascii::IsAlnum(text[end])) ++end;
  return text.substr(begin, end - begin);
}

// A token that continues a run of groups: any word after a dot (a dotted
// name), a hex token after another separator.
bool ContinuesRun(std::string_view token, char separator) {
  return separator == '.' ? !token.empty() : IsHexToken(token);
}

// A MAC stands alone: not glued to a word, and not groups out of a longer
// run of the same separator ("39:33:99:e9:...", an SSH fingerprint; a row
// of a hex dump). A key before a colon or dash is fine ("mac:00:1a:...",
// "host-00-1a-..."); a word before or after a dot makes a dotted name
// ("host.001a.2b3c.4d5e"). A hex dump's offset ("0010: 48 65 ...") is a
// hex token before a colon.
bool IsDelimited(std::string_view text, ByteRange range, char separator) {
  if (range.begin > 0) {
    char before = text[range.begin - 1];
    if (ascii::IsWordChar(before)) return false;
    if (before == separator) {
      size_t end = range.begin - 1;
      if (separator == ' ' && end > 0 && text[end - 1] == ':') --end;
      if (ContinuesRun(TokenBefore(text, end), separator)) return false;
      if (range.begin >= 2 && text[range.begin - 2] == separator) return false;
    }
  }
  if (range.end < text.size()) {
    char after = text[range.end];
    if (ascii::IsWordChar(after)) return false;
    if (after == separator) {
      if (ContinuesRun(TokenAfter(text, range.end + 1), separator)) {
        return false;
      }
      if (range.end + 1 < text.size() && text[range.end + 1] == separator) {
        return false;
      }
    }
  }
  return true;
}

// Rules on the digits: twelve decimal digits in dotted fours are more often
// a version or an id than a Cisco-style MAC (only 0.4% of random MACs lack
// a hex letter); space-separated pairs need a hex letter and a decimal digit
// (not a list of numbers "10 20 30 40 50 60", nor words).
bool HasMacDigits(const MacForm& form, const DigitKinds& kinds) {
  if (form.separator == '.') return kinds.letter;
  if (form.separator == ' ') return kinds.letter && kinds.decimal;
  return true;
}

// Returns the range of a MAC of `form` whose first separator is at
// `separator_at`, or an empty range.
ByteRange MatchAt(std::string_view text, size_t separator_at,
                  const MacForm& form) {
  if (separator_at < form.group_digits) return {};
  size_t begin = separator_at - form.group_digits;
  for (size_t groups : form.group_counts) {
    DigitKinds kinds;
    if (groups == 0 || !MatchesForm(text, begin, form, groups, kinds)) {
      continue;
    }
    ByteRange range{begin, begin + FormBytes(form, groups)};
    if (HasMacDigits(form, kinds) && IsDelimited(text, range, form.separator)) {
      return range;
    }
  }
  return {};
}

// The fewest groups `form` comes in.
constexpr size_t FewestGroups(const MacForm& form) {
  size_t fewest = form.group_counts[0];
  for (size_t groups : form.group_counts) {
    if (groups != 0 && groups < fewest) fewest = groups;
  }
  return fewest;
}

// Bit k: byte k is the first separator of `form`: every separator of its
// shortest count follows a group apart (rare enough to test first), and hex
// digits fill the first three groups.
LOGVEIL_VECTOR_INLINE Words FormStarts(const BlockView& v, ClassMask separator,
                                       const MacForm& form) {
  int digits = static_cast<int>(form.group_digits);
  int stride = digits + 1;
  MaskPair separators = v.Pair(separator);
  MaskPair all = separators;
  for (size_t k = 1; k + 1 < FewestGroups(form); ++k) {
    all = all & separators.Ahead(stride * static_cast<int>(k));
  }
  Words first = all.lo;
  if (None(first)) return Words{};
  MaskPair hex = v.Pair(&ByteClasses::hex);
  MaskPair group = hex & hex.Ahead(1);
  if (digits == 4) group = group & group.Ahead(2);
  for (int k = 1; k <= digits; ++k) first &= v.Has(&ByteClasses::hex, -k);
  return first & group.Ahead(1).lo & group.Ahead(digits + 2).lo;
}

// Where scanning finds the first separator of the first three groups of a
// MAC in one of its forms.
struct MacSteps {
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    return FormStarts(v, &ByteClasses::colon, kColonForm) |
           FormStarts(v, &ByteClasses::dash, kDashForm) |
           FormStarts(v, &ByteClasses::dot, kCiscoForm) |
           FormStarts(v, &ByteClasses::space, kSpaceForm);
  }

  static const MacForm& FormOf(char separator) {
    switch (separator) {
      case ':':
        return kColonForm;
      case '-':
        return kDashForm;
      case '.':
        return kCiscoForm;
      default:
        return kSpaceForm;
    }
  }

  static size_t Visit(std::string_view text, size_t separator_at,
                      size_t /*pos*/, const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    ByteRange range = MatchAt(text, separator_at, FormOf(text[separator_at]));
    if (range.size() == 0) return separator_at + 1;
    out.push_back(range);
    return range.end;
  }
};

}  // namespace

const FinderSteps kMacSteps = kStepsOf<MacSteps>;

void FindMacs(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out) {
  RunFinderSteps(kMacSteps, text, options, out);
}

}  // namespace logveil::confirm
