// Reading a phone number candidate: the maximal run of digit groups that
// starts at a '+', "00", '(' or digit ("+1 (415) 555-0132").
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "base/ascii.h"

namespace logveil::confirm::phone {

constexpr size_t kNone = std::string_view::npos;
// Printed numbers have at most 6 groups ("+41 (0)96 471 07 95"); 8 leaves
// room for a date or a count glued on with a space, which is then dropped.
constexpr size_t kMaxGroups = 8;
// Parentheses hold an area code or the "(0)" trunk prefix; with its trunk
// prefix, an area code has at most 5 digits ("07700 900123").
constexpr size_t kMaxAreaDigits = 5;

enum class Prefix { kNational, kInternational };

// Set by ReadGroup. No member initializers: a Run is made for most digits
// in a log, and zeroing all its groups would cost more than reading them.
struct Group {
  size_t begin;  // first digit, or '('
  size_t end;    // after the last digit, or after ')'
  size_t digits;
  bool paren;
  char separator;  // byte before the group: ' ', '-', '.', '/', 0 if none
};

// A maximal run of digit groups joined by single separators.
struct Run {
  size_t begin = 0;  // start of the span: '+', "tel:+", '(' or digit
  Prefix prefix = Prefix::kNational;
  std::array<Group, kMaxGroups> groups;
  size_t count = 0;
  bool truncated = false;  // another group follows groups[kMaxGroups - 1]
  char next_separator = 0;
};

inline bool IsDigitAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsDigit(text[i]);
}

// True if a redaction token ("[PHONE]") starts at `pos`.
bool IsTokenAt(std::string_view text, size_t pos);

// The byte before a span may not glue it to a word, a decimal, a path, a
// sign or an encoding ("v1.415", "blk_-415", "a+415", "%40415"). A '+' may
// start a path segment: "/Calls/+14155550132".
bool IsCleanStart(std::string_view text, size_t begin);

// Returns the end of the run of groups starting at `p` (no limit on count).
size_t SkipGroups(std::string_view text, size_t p);

// Starts a run at `i` if a phone number may begin there: '+' (after
// "tel:" the scheme joins the span, as RFC 3966 writes it), "00" then a
// country code, '(' or a digit (an URL-encoded '+', "%2B", is read in the
// decoded view, detect/decoded_view.h). `glued`
// waives IsCleanStart: the caller has found a context word glued to the
// '+' or '(' ("call+44").
bool StartRun(std::string_view text, size_t i, bool glued, Run& run);

}  // namespace logveil::confirm::phone
