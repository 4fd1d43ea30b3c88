// The contact.email regex, read on ASCII text without quotes before an '@'
// and without address literals:
//   local:  [A-Za-z0-9_~] then [A-Za-z0-9!#$%&'*+.?^_`}~-]*
//   '@'
//   domain: (?:[A-Za-z0-9-]+\.)+ (?:[Xx][Nn]--[A-Za-z0-9-]+|[A-Za-z]{2,63})\b
// The other alternatives all need a byte this scanner declines on: UC
// (non-ASCII, in either part or as the top-level domain), a quoted local
// part ('"' right before an '@') or an address literal ('[' right after).
// RE2 picks the leftmost start, then the first alternative in Perl order;
// that order is reproduced below, choice by choice.
#include "confirm/email_span.h"

#include <cstring>

#include "base/ascii.h"

namespace logveil::confirm {
namespace {

constexpr ascii::ByteSet kLocalFirst(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~");
constexpr ascii::ByteSet kLocal(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    "!#$%&'*+.?^_`}~-");
// A domain label's bytes ([A-Za-z0-9-]).
constexpr ascii::ByteSet kLabel(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");

bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// RE2's \b between text[at - 1] and text[at] (0 < at <= size).
bool WordBoundary(std::string_view text, size_t at) {
  bool after = at < text.size() && ascii::IsWordChar(text[at]);
  return ascii::IsWordChar(text[at - 1]) != after;
}

// The end of the longest top-level domain from `at`, for a domain part that
// ends before `end`; 0 if none. `(?:[Xx][Nn]--[A-Za-z0-9-]+|[A-Za-z]{2,63})\b`:
// the first alternative first, each repeat greedy, backing off until \b holds.
size_t TopLevelDomainEnd(std::string_view text, size_t at, size_t end) {
  if (end - at >= 5 && ascii::ToLower(text[at]) == 'x' &&
      ascii::ToLower(text[at + 1]) == 'n' && text[at + 2] == '-' &&
      text[at + 3] == '-') {
    size_t last = at + 4;
    while (last < end && kLabel.Has(text[last])) ++last;
    for (; last > at + 4; --last) {
      if (WordBoundary(text, last)) return last;
    }
  }
  size_t last = at;
  while (last < end && last - at < 63 && ascii::IsAlpha(text[last])) ++last;
  for (; last >= at + 2; --last) {
    if (WordBoundary(text, last)) return last;
  }
  return 0;
}

// The end of the domain part from `at` (after an '@') to `end`, the end of
// the run of [A-Za-z0-9.-] there; 0 if none. `(?:[A-Za-z0-9-]+\.)+` is
// greedy: every label up to the first empty one first, then one fewer, ...
size_t DomainEnd(std::string_view text, size_t at, size_t end) {
  // Where each candidate top-level domain starts: after each dot that ends
  // a non-empty label, left to right while labels are non-empty.
  size_t starts[128];
  size_t count = 0;
  size_t label = at;
  for (size_t i = at; i < end && count < std::size(starts); ++i) {
    if (text[i] != '.') continue;
    if (i == label) break;  // an empty label ends the repeat
    starts[count++] = i + 1;
    label = i + 1;
  }
  while (count > 0) {
    size_t found = TopLevelDomainEnd(text, starts[--count], end);
    if (found != 0) return found;
  }
  return 0;
}

// Whether the regex may read the '@' at `at` in a way this scanner does
// not, given the runs of local-part bytes [run, at) and of domain bytes
// (at, end): a quoted local part (whose opening quote may be far back,
// before other addresses), UC next to either run, an address literal, or
// more labels than DomainEnd's table holds. Every '@' of a text is asked
// about in turn: FindEmailSpans never moves past one unseen.
bool Undecided(std::string_view text, size_t pos, size_t at, size_t run,
               size_t end) {
  return (at > 0 && text[at - 1] == '"') ||
         (run > pos && IsHigh(text[run - 1])) ||
         (end < text.size() && IsHigh(text[end])) ||
         (at + 1 < text.size() && text[at + 1] == '[') || end - at > 255;
}

}  // namespace

bool FindEmailSpans(std::string_view text, std::vector<ByteRange>& out) {
  size_t kept = out.size();
  size_t pos = 0;  // where RE2 would search from
  while (true) {
    const void* found = std::memchr(text.data() + pos, '@', text.size() - pos);
    if (found == nullptr) return true;
    size_t at = static_cast<const char*>(found) - text.data();
    size_t run = at;  // the local part's bytes end at the '@'
    while (run > pos && kLocal.Has(text[run - 1])) --run;
    size_t end = at + 1;
    while (end < text.size() && (kLabel.Has(text[end]) || text[end] == '.')) {
      ++end;
    }
    if (Undecided(text, pos, at, run, end)) {
      out.resize(kept);
      return false;
    }
    size_t start = run;
    while (start < at && !kLocalFirst.Has(text[start])) ++start;
    size_t domain_end = start < at ? DomainEnd(text, at + 1, end) : 0;
    if (domain_end == 0) {
      pos = at + 1;
      continue;
    }
    out.push_back({start, domain_end});
    pos = domain_end;
  }
}

}  // namespace logveil::confirm
