// A phone number is a run of digit groups ("+1 (415) 555-0132") that
// libphonenumber accepts. Cheap structural checks run first, because almost
// every digit run in a log (time stamps, ids, counters) fails them, and a
// libphonenumber call costs microseconds.
#include "confirm/phone.h"

#include <array>

#include "base/ascii.h"
#include "validate/phone_number.h"

namespace logveil::confirm {
namespace {

constexpr size_t kNone = std::string_view::npos;
// ITU-T E.164 caps numbers at 15 digits with the country code. 7 is the
// shortest number worth a libphonenumber call: fewer digits are mostly
// counters, and only a handful of island plans go below it.
constexpr size_t kMinDigits = 7;
constexpr size_t kMaxDigits = 15;
// Printed numbers have at most 6 groups ("+41 (0)96 471 07 95"); 8 leaves
// room for a date or a count glued on with a space, which is then dropped.
constexpr size_t kMaxGroups = 8;
// Parentheses hold an area code or the "(0)" trunk prefix; with its trunk
// prefix, an area code has at most 5 digits ("07700 900123").
constexpr size_t kMaxAreaDigits = 5;
constexpr size_t kMaxExtensionDigits = 7;

enum class Prefix { kNational, kInternational };

struct Group {
  size_t begin = 0;  // first digit, or '('
  size_t end = 0;    // after the last digit, or after ')'
  size_t digits = 0;
  bool paren = false;
  char separator = 0;  // byte before the group: ' ', '-', '.', '/', 0 if none
};

// A maximal run of digit groups joined by single separators.
struct Run {
  size_t begin = 0;  // start of the span: '+', "%2B", "tel:+", '(' or digit
  Prefix prefix = Prefix::kNational;
  std::array<Group, kMaxGroups> groups;
  size_t count = 0;
  bool truncated = false;  // another group follows groups[kMaxGroups - 1]
  char next_separator = 0;
};

bool IsDigitAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsDigit(text[i]);
}

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

bool IsTokenAt(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != '[') return false;
  size_t p = pos + 1;
  while (p < text.size() && p - pos - 1 < kMaxLabelBytes &&
         IsLabelChar(text[p])) {
    ++p;
  }
  return p > pos + 1 && p < text.size() && text[p] == ']';
}

// The byte before a span may not glue it to a word, a decimal, a path, a
// sign or an encoding ("v1.415", "blk_-415", "a+415", "%40415"). A '+' may
// start a path segment: "/Calls/+14155550132".
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

// Reads "123" or "(123)" at `p` into `group`.
bool ReadGroup(std::string_view text, size_t p, Group& group) {
  group.begin = p;
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

// Returns the end of the run of groups starting at `p` (no limit on count).
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

bool EqualsLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (ascii::ToLower(text[i]) != lower[i]) return false;
  }
  return true;
}

// Starts a run at `i` if a phone number may begin there: '+' (after
// "tel:" the scheme joins the span, as RFC 3966 writes it), "%2B" (an
// URL-encoded '+'), "00" then a country code, '(' or a digit.
bool StartRun(std::string_view text, size_t i, Run& run) {
  if (!IsCleanStart(text, i)) return false;
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
  } else if (c == '%') {
    if (!EqualsLower(text.substr(i, 3), "%2b")) return false;
    run.prefix = Prefix::kInternational;
    digits_at = i + 3;
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

// Bytes between a key and its value: "phone: ", "tel=", "\"mobile\":\"".
bool IsKeyValueGlue(char c) {
  return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' ||
         c == '\'' || c == '#' || c == '.' || c == ',';
}
constexpr size_t kMaxGlueBytes = 4;
constexpr size_t kMaxKeyBytes = 40;
// "phone number is 4155550123": a keyword and up to two filler words.
constexpr int kMaxContextWords = 3;

constexpr std::string_view kPhoneWords[] = {
    "phone",  "telephone", "cellphone", "tel",      "mobile", "cell",
    "msisdn", "fax",       "sms",       "whatsapp", "call",   "contact"};
constexpr std::string_view kNumberWords[] = {"no", "nr", "num", "number"};
constexpr std::string_view kFillerWords[] = {"me", "at", "on", "is",
                                             "my", "no", "nr", "number"};
// Keys whose values are identifiers, never phone numbers.
constexpr std::string_view kIdWords[] = {
    "id",   "order",  "txn",      "transaction", "invoice", "ref",    "account",
    "acct", "ticket", "tracking", "serial",      "build",   "version"};

template <size_t N>
bool IsOneOf(std::string_view token, const std::string_view (&words)[N]) {
  for (std::string_view word : words) {
    if (EqualsLower(token, word)) return true;
  }
  return false;
}

// "phone", and glued forms such as "phoneno" or "telnumber".
bool IsPhoneWord(std::string_view token) {
  for (std::string_view word : kPhoneWords) {
    if (token.size() < word.size() ||
        !EqualsLower(token.substr(0, word.size()), word)) {
      continue;
    }
    std::string_view rest = token.substr(word.size());
    if (rest.empty() || IsOneOf(rest, kNumberWords)) return true;
  }
  return false;
}

// The word (letters, digits, '_', '-') that ends before `pos`, after glue.
std::string_view PreviousWord(std::string_view text, size_t pos) {
  size_t glue = 0;
  while (pos > 0 && glue < kMaxGlueBytes && IsKeyValueGlue(text[pos - 1])) {
    --pos;
    ++glue;
  }
  size_t end = pos;
  while (pos > 0 && end - pos < kMaxKeyBytes &&
         (ascii::IsWordChar(text[pos - 1]) || text[pos - 1] == '-')) {
    --pos;
  }
  return text.substr(pos, end - pos);
}

// The last two tokens of a key: "phone_number", "mobileNo" and "PHONE-NR"
// all give {"phone"/"mobile", "number"/"No"/"NR"}.
struct KeyTail {
  std::string_view previous;
  std::string_view last;
};
KeyTail LastTokens(std::string_view word) {
  KeyTail tail;
  size_t start = kNone;
  for (size_t i = 0; i <= word.size(); ++i) {
    bool letter = i < word.size() && ascii::IsAlpha(word[i]);
    bool camel = letter && i > 0 && ascii::IsUpper(word[i]) &&
                 ascii::IsAlpha(word[i - 1]) && !ascii::IsUpper(word[i - 1]);
    if (start != kNone && (!letter || camel)) {
      tail.previous = tail.last;
      tail.last = word.substr(start, i - start);
      start = kNone;
    }
    if (letter && start == kNone) start = i;
  }
  return tail;
}

// True if a key or phrase right before `pos` names a phone number.
bool HasPhoneContext(std::string_view text, size_t pos) {
  for (int n = 0; n < kMaxContextWords; ++n) {
    std::string_view word = PreviousWord(text, pos);
    if (word.empty()) return false;
    KeyTail tail = LastTokens(word);
    if (IsPhoneWord(tail.last) ||
        (IsOneOf(tail.last, kNumberWords) && IsPhoneWord(tail.previous))) {
      return true;
    }
    if (!IsOneOf(word, kFillerWords)) return false;
    pos = static_cast<size_t>(word.data() - text.data());
  }
  return false;
}

bool HasIdContext(std::string_view text, size_t pos) {
  return IsOneOf(LastTokens(PreviousWord(text, pos)).last, kIdWords);
}

// True if groups j..j+2 of the first `k` read as a date: "2012-01-02",
// "03/27/2011", "21.06.1984", and "10/12/82" when nothing follows (five
// groups of two are a French phone number: "01.84.17.61.18").
bool IsDateAt(const Run& run, size_t j, size_t k) {
  const Group* g = &run.groups[j];
  char separator = g[1].separator;
  if (separator != g[2].separator || separator == ' ' || separator == 0) {
    return false;
  }
  if (g[0].digits == 4) return g[1].digits <= 2 && g[2].digits <= 2;
  bool short_year = g[2].digits == 2 && j + 3 == k;
  return g[0].digits <= 2 && g[1].digits <= 2 &&
         (g[2].digits == 4 || short_year);
}

// Rejects the first `k` groups when they read as something else: a date, an
// IPv4 address or version ("10.10.34.11"), a decimal ("80.585"), mixed
// dots ("00.008 25746") or loose single digits.
bool HasPlausibleGroups(const Run& run, size_t k) {
  const auto& g = run.groups;
  bool dots = k > 1 && g[1].separator == '.';
  for (size_t j = 1; j < k; ++j) {
    if (g[j].digits < 2 || (g[j].separator == '.') != dots) return false;
  }
  for (size_t j = 0; j + 2 < k; ++j) {
    if (IsDateAt(run, j, k)) return false;
  }
  if (!dots) return true;
  bool ipv4 = k == 4 && g[0].digits <= 3 && g[1].digits <= 3 &&
              g[2].digits <= 3 && g[3].digits <= 3;
  return k >= 3 && !ipv4;
}

// Outside NANP, national numbers are written with their trunk prefix
// ("030 123456", "01 84 17 61 18", "0 532 123 45 67") or an area code in
// parentheses ("(08) 8747 6301", "8 (495) 123-45-67"). Without one, groups
// of digits are far more often log fields ("200 203023", "8086/2410").
bool HasTrunkLayout(std::string_view text, const Run& run, size_t k) {
  const Group& first = run.groups[0];
  if (first.paren) return true;
  // "081109 203615" is a date and a time, not an area code.
  if (text[first.begin] == '0') return first.digits <= kMaxAreaDigits;
  return k > 1 && first.digits == 1 && run.groups[1].paren;
}

// North American Numbering Plan regions: country code 1.
constexpr std::string_view kNanpRegions[] = {
    "us", "ca", "ag", "ai", "as", "bb", "bm", "bs", "dm",
    "do", "gd", "gu", "jm", "kn", "ky", "lc", "mp", "ms",
    "pr", "sx", "tc", "tt", "vc", "vg", "vi"};

// NANP numbers are printed 3-3-4, maybe after a "1": "(415) 555-0132",
// "1-650-333-6000". Other layouts of ten digits are ids, dates or lists.
bool HasNanpLayout(std::string_view text, const Run& run, size_t k) {
  size_t j = 0;
  if (k == 4 && run.groups[0].digits == 1 && !run.groups[0].paren &&
      text[run.groups[0].begin] == '1') {
    j = 1;
  }
  return k - j == 3 && run.groups[j].digits == 3 &&
         run.groups[j + 1].digits == 3 && !run.groups[j + 1].paren &&
         run.groups[j + 2].digits == 4 && !run.groups[j + 2].paren;
}

bool IsNanpRegion(std::string_view region) {
  return IsOneOf(region, kNanpRegions);
}

// Returns the end of an extension at `p` ("x123", " ext. 503",
// ", extension 7246433"), or kNone.
size_t ExtensionEnd(std::string_view text, size_t p) {
  auto skip = [&](std::string_view chars, size_t max) {
    for (size_t n = 0; n < max && p < text.size() &&
                       chars.find(text[p]) != std::string_view::npos;
         ++n) {
      ++p;
    }
  };
  skip(" ", 2);
  skip(",", 1);
  skip(" ", 2);
  size_t word = p;
  while (p < text.size() && ascii::IsAlpha(text[p])) ++p;
  std::string_view name = text.substr(word, p - word);
  if (!EqualsLower(name, "x") && !EqualsLower(name, "ext") &&
      !EqualsLower(name, "extension")) {
    return kNone;
  }
  skip(".:", 1);
  skip(" ", 2);
  size_t digits = p;
  while (IsDigitAt(text, p)) ++p;
  if (p == digits || p - digits > kMaxExtensionDigits) return kNone;
  return p < text.size() && ascii::IsWordChar(text[p]) ? kNone : p;
}

// The byte after a span may not glue it to a word ("4155550132abc"). After
// a national number, which has no '+' to vouch for it, neither may
// punctuation that continues an id or a host: "415-555-0132-x1",
// "4155550132@host". An international one may end a path segment or a SIP
// user part: "/Calls/+14155550132/", "sip:+14155550132@host".
bool IsCleanEnd(std::string_view text, size_t end, Prefix prefix) {
  if (end >= text.size()) return true;
  char next = text[end];
  if (ascii::IsWordChar(next) || IsTokenAt(text, end)) return false;
  if (prefix != Prefix::kNational) return true;
  if (next == '@') return false;
  bool joins =
      next == '-' || next == '/' || next == '.' || next == '+' || next == ':';
  return !(joins && end + 1 < text.size() && ascii::IsWordChar(text[end + 1]));
}

// Returns the end of a span made of the first `k` groups of `run`, or kNone
// when they cannot end there: a shorter span must be followed by a space.
size_t SpanEnd(std::string_view text, const Run& run, size_t k) {
  size_t end = run.groups[k - 1].end;
  bool last = k == run.count && !run.truncated;
  char next = k < run.count ? run.groups[k].separator : run.next_separator;
  if (!last && next != ' ') return kNone;
  size_t extension = ExtensionEnd(text, end);
  if (extension != kNone) return extension;
  if (!last) return end;
  return IsCleanEnd(text, end, run.prefix) ? end : kNone;
}

// Writes the digits of the first `k` groups to `out` ('+' first for an
// international run, "(0)" trunk prefixes left out). Returns the number of
// digits, or 0 if there are more than kMaxDigits.
size_t CopyDigits(std::string_view text, const Run& run, size_t k,
                  char (&out)[kMaxDigits + 2]) {
  bool international = run.prefix != Prefix::kNational;
  size_t n = 0;
  if (international) out[n++] = '+';
  for (size_t j = 0; j < k; ++j) {
    const Group& group = run.groups[j];
    bool trunk = international && j > 0 && group.paren && group.digits == 1 &&
                 text[group.begin + 1] == '0';
    if (trunk) continue;
    if (n + group.digits > kMaxDigits + (international ? 1 : 0)) return 0;
    size_t first = group.end - group.digits - (group.paren ? 1 : 0);
    for (size_t p = first; p < first + group.digits; ++p) out[n++] = text[p];
  }
  return international ? n - 1 : n;
}

// "+CC ...", "00CC ..." and "tel:+CC...": judged by their country code.
bool ConfirmInternational(std::string_view text, const Run& run,
                          ByteRange& match) {
  char digits[kMaxDigits + 2];
  for (size_t k = run.count; k >= 1; --k) {
    size_t count = CopyDigits(text, run, k, digits);
    if (count < kMinDigits) continue;
    size_t end = SpanEnd(text, run, k);
    if (end == kNone) continue;
    if (validate::IsValidPhoneNumber({digits, count + 1}, "")) {
      match = {run.begin, end};
      return true;
    }
  }
  return false;
}

// A national number needs separators in a plausible layout, or a context
// word right before it; then it must be valid in one of the regions.
bool ConfirmNational(std::string_view text, const Run& run,
                     const FindOptions& options, ByteRange& match) {
  const Group& first = run.groups[0];
  if (run.count == 1 &&
      (first.digits < kMinDigits || first.digits > kMaxDigits)) {
    return false;  // the common case: a bare count, id or time stamp
  }
  bool context = HasPhoneContext(text, run.begin);
  if (!context && (run.count < 2 || HasIdContext(text, run.begin))) {
    return false;
  }
  char digits[kMaxDigits + 2];
  for (size_t k = run.count; k >= (context ? 1 : 2); --k) {
    size_t count = CopyDigits(text, run, k, digits);
    if (count < kMinDigits || !HasPlausibleGroups(run, k)) continue;
    size_t end = SpanEnd(text, run, k);
    if (end == kNone) continue;
    for (const std::string& region : options.phone_regions) {
      if (!context && !(IsNanpRegion(region) ? HasNanpLayout(text, run, k)
                                             : HasTrunkLayout(text, run, k))) {
        continue;
      }
      if (validate::IsValidPhoneNumber({digits, count}, region)) {
        match = {run.begin, end};
        return true;
      }
    }
  }
  return false;
}

// Skips from `i` to the next byte that could start a span: the first byte
// after a word, or a '+', '%', '(' or digit outside a word.
size_t NextCandidate(std::string_view text, size_t i) {
  if (ascii::IsWordChar(text[i])) {
    while (i < text.size() && ascii::IsWordChar(text[i])) ++i;
    return i;
  }
  return i + 1;
}

bool IsTrigger(char c) {
  return ascii::IsDigit(c) || c == '+' || c == '%' || c == '(';
}

}  // namespace

void FindPhones(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!IsTrigger(text[i])) {
      i = NextCandidate(text, i);
      continue;
    }
    Run run;
    if (!StartRun(text, i, run)) {
      i = NextCandidate(text, i);
      continue;
    }
    ByteRange match;
    bool found = run.prefix == Prefix::kNational
                     ? ConfirmNational(text, run, options, match)
                     : ConfirmInternational(text, run, match);
    if (found) {
      out.push_back(match);
      i = match.end;
    } else {
      i = SkipGroups(text, run.groups[0].begin);
    }
  }
}

}  // namespace logveil::confirm
