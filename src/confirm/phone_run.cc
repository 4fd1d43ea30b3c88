#include "confirm/phone_run.h"

namespace logveil::confirm::phone {
namespace {

// Redaction tokens ("[PHONE]", "[EMAIL]") count as glue, so that scrubbed
// text scans clean: a number that was glued to a redacted value
// ("0132+14155550123") stays glued to its token ("0132[PHONE]").
constexpr size_t kMaxLabelBytes = 32;

bool IsLabelChar(char c) {
  return ascii::IsUpper(c) || ascii::IsDigit(c) || c == '_';
}

bool IsTokenBefore(std::string_view text, size_t pos) {
  if (pos == 0 || text[pos - 1] != ']') return false;
  size_t p = pos - 1;
  while (p > 0 && pos - 1 - p < kMaxLabelBytes && IsLabelChar(text[p - 1])) {
    --p;
  }
  return p < pos - 1 && p > 0 && text[p - 1] == '[';
}

// Reads "123" or "(123)" at `p` into `group`.
bool ReadGroup(std::string_view text, size_t p, Group& group) {
  group.begin = p;
  group.separator = 0;
  group.paren = text[p] == '(';
  size_t first = p + (group.paren ? 1 : 0);
  size_t q = first;
  while (IsDigitAt(text, q)) ++q;
  group.digits = q - first;
  if (group.digits == 0) return false;
  if (group.paren) {
    if (group.digits > kMaxAreaDigits || q >= text.size() || text[q] != ')') {
      return false;
    }
    ++q;
  }
  group.end = q;
  return true;
}

// Returns where the group after one ending at `p` starts, or kNone.
// Parentheses may touch the digits next to them: "(415)555-0132",
// "+31(0)612345678".
size_t NextGroupStart(std::string_view text, size_t p, bool after_paren,
                      char& separator) {
  if (p >= text.size()) return kNone;
  char c = text[p];
  if ((after_paren && ascii::IsDigit(c)) || (c == '(' && !after_paren)) {
    separator = 0;
    return p;
  }
  if (c != ' ' && c != '-' && c != '.' && c != '/') return kNone;
  bool opens_paren = c == ' ' && p + 1 < text.size() && text[p + 1] == '(';
  if (!IsDigitAt(text, p + 1) && !opens_paren) return kNone;
  separator = c;
  return p + 1;
}

// Reads up to kMaxGroups groups from `p`. Returns the end of the last one.
size_t ReadGroups(std::string_view text, size_t p, Run& run) {
  Group group;
  if (!ReadGroup(text, p, group)) return p;
  run.groups[run.count++] = group;
  char separator = 0;
  size_t next;
  while ((next = NextGroupStart(text, group.end, group.paren, separator)) !=
         kNone) {
    Group following;
    if (!ReadGroup(text, next, following)) break;
    following.separator = separator;
    if (run.count == kMaxGroups) {
      run.truncated = true;
      run.next_separator = separator;
      break;
    }
    group = following;
    run.groups[run.count++] = group;
  }
  return group.end;
}

}  // namespace

bool IsTokenAt(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != '[') return false;
  size_t p = pos + 1;
  while (p < text.size() && p - pos - 1 < kMaxLabelBytes &&
         IsLabelChar(text[p])) {
    ++p;
  }
  return p > pos + 1 && p < text.size() && text[p] == ']';
}

bool IsCleanStart(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  char prev = text[begin - 1];
  if (ascii::IsWordChar(prev) || IsTokenBefore(text, begin)) return false;
  if (prev == '/' && text[begin] == '+') return true;
  if (prev == ':' && begin >= 2 &&
      (ascii::IsDigit(text[begin - 2]) || IsTokenBefore(text, begin - 1))) {
    return false;  // "13:53:08 2017-05-16": inside a time
  }
  for (char c : std::string_view(".-/+@%&\\$")) {
    if (prev == c) return false;
  }
  return true;
}

size_t SkipGroups(std::string_view text, size_t p) {
  Group group;
  if (!ReadGroup(text, p, group)) return p + 1;
  char separator;
  size_t next;
  while ((next = NextGroupStart(text, group.end, group.paren, separator)) !=
             kNone &&
         ReadGroup(text, next, group)) {
  }
  return group.end;
}

bool StartRun(std::string_view text, size_t i, bool glued, Run& run) {
  if (!glued && !IsCleanStart(text, i)) return false;
  run.begin = i;
  size_t digits_at = i;
  char c = text[i];
  if (c == '+') {
    run.prefix = Prefix::kInternational;
    digits_at = i + 1;
    if (i >= 4 && text.substr(i - 4, 4) == "tel:" &&
        IsCleanStart(text, i - 4)) {
      run.begin = i - 4;
    }
  } else if (c == '0' && IsDigitAt(text, i + 2) && text[i + 1] == '0' &&
             text[i + 2] != '0') {
    run.prefix = Prefix::kInternational;
    digits_at = i + 2;
  }
  if (run.prefix != Prefix::kNational && !IsDigitAt(text, digits_at)) {
    return false;
  }
  ReadGroups(text, digits_at, run);
  return run.count > 0;
}

}  // namespace logveil::confirm::phone
