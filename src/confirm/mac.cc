#include "confirm/mac.h"

#include "base/ascii.h"
#include "confirm/finder_steps.h"

namespace logveil::confirm {
namespace {

// IEEE 802 EUI-48 in its three common text forms.
struct MacForm {
  char separator;
  size_t group_digits;
  size_t groups;
};
constexpr MacForm kColonForm = {':', 2, 6};  // 00:1a:2b:3c:4d:5e
constexpr MacForm kDashForm = {'-', 2, 6};   // 00-1A-2B-3C-4D-5E
constexpr MacForm kCiscoForm = {'.', 4, 3};  // 001a.2b3c.4d5e

constexpr size_t FormBytes(const MacForm& form) {
  return form.groups * (form.group_digits + 1) - 1;
}

bool IsHexToken(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token) {
    if (!ascii::IsHexDigit(c)) return false;
  }
  return true;
}

// Returns true if `text` at `begin` holds the groups of `form`. Sets
// `all_decimal` if no group has a hex letter.
bool MatchesForm(std::string_view text, size_t begin, const MacForm& form,
                 bool& all_decimal) {
  if (begin + FormBytes(form) > text.size()) return false;
  all_decimal = true;
  size_t i = begin;
  for (size_t group = 0; group < form.groups; ++group) {
    if (group > 0 && text[i++] != form.separator) return false;
    for (size_t digit = 0; digit < form.group_digits; ++digit, ++i) {
      if (!ascii::IsHexDigit(text[i])) return false;
      all_decimal &= ascii::IsDigit(text[i]);
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

// A MAC stands alone: not glued to a word, and not six groups out of a
// longer run of the same separator ("39:33:99:e9:...", an SSH fingerprint).
// A key before a colon or dash is fine ("mac:00:1a:...", "host-00-1a-...");
// a word before or after a dot makes a dotted name ("host.001a.2b3c.4d5e").
bool IsDelimited(std::string_view text, ByteRange range, char separator) {
  if (range.begin > 0) {
    char before = text[range.begin - 1];
    if (ascii::IsWordChar(before)) return false;
    if (before == separator) {
      std::string_view token = TokenBefore(text, range.begin - 1);
      if (separator == '.' ? !token.empty() : IsHexToken(token)) return false;
      if (range.begin >= 2 && text[range.begin - 2] == separator) return false;
    }
  }
  if (range.end < text.size()) {
    char after = text[range.end];
    if (ascii::IsWordChar(after)) return false;
    if (after == separator) {
      std::string_view token = TokenAfter(text, range.end + 1);
      if (separator == '.' ? !token.empty() : IsHexToken(token)) return false;
      if (range.end + 1 < text.size() && text[range.end + 1] == separator) {
        return false;
      }
    }
  }
  return true;
}

// Returns the range of a MAC of `form` whose first separator is at
// `separator_at`, or an empty range.
ByteRange MatchAt(std::string_view text, size_t separator_at,
                  const MacForm& form) {
  if (separator_at < form.group_digits) return {};
  size_t begin = separator_at - form.group_digits;
  bool all_decimal = false;
  if (!MatchesForm(text, begin, form, all_decimal)) return {};
  // Twelve decimal digits in dotted fours are more often a version or an id
  // than a Cisco-style MAC: only 0.4% of random MACs lack a hex letter.
  if (form.separator == '.' && all_decimal) return {};
  ByteRange range{begin, begin + FormBytes(form)};
  if (!IsDelimited(text, range, form.separator)) return {};
  return range;
}

// Bit k: byte k is the first separator of `form`: every separator of the
// form follows a group apart (rare enough to test first), and hex digits
// fill the first three groups.
uint64_t FormStarts(const BlockView& v, ClassMask separator,
                    const MacForm& form) {
  int digits = static_cast<int>(form.group_digits);
  int stride = digits + 1;
  MaskPair separators = v.Pair(separator);
  MaskPair all = separators;
  for (size_t k = 1; k + 1 < form.groups; ++k) {
    all = all & separators.Ahead(stride * static_cast<int>(k));
  }
  uint64_t first = all.lo;
  if (first == 0) return 0;
  MaskPair hex = v.Pair(&ByteClassBlock::hex);
  MaskPair group = hex & hex.Ahead(1);
  if (digits == 4) group = group & group.Ahead(2);
  for (int k = 1; k <= digits; ++k) first &= v.Has(&ByteClassBlock::hex, -k);
  return first & group.Ahead(1).lo & group.Ahead(digits + 2).lo;
}

// Where scanning finds the first separator of the first three groups of a
// MAC in one of its forms.
struct MacSteps {
  static uint64_t Triggers(const BlockView& v) {
    return FormStarts(v, &ByteClassBlock::colon, kColonForm) |
           FormStarts(v, &ByteClassBlock::dash, kDashForm) |
           FormStarts(v, &ByteClassBlock::dot, kCiscoForm);
  }

  static size_t Visit(std::string_view text, size_t separator_at,
                      size_t /*pos*/, const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    const MacForm& form = text[separator_at] == ':'   ? kColonForm
                          : text[separator_at] == '-' ? kDashForm
                                                      : kCiscoForm;
    ByteRange range = MatchAt(text, separator_at, form);
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
