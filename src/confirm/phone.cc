// A phone number is a run of digit groups ("+1 (415) 555-0132") that
// libphonenumber accepts. Cheap structural checks run first, because almost
// every digit run in a log (time stamps, ids, counters) fails them, and a
// libphonenumber call costs microseconds.
#include "confirm/phone.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "confirm/phone_layout.h"
#include "confirm/phone_run.h"
#include "validate/phone_number.h"

namespace logveil::confirm {
namespace phone {
namespace {

// ITU-T E.164 caps numbers at 15 digits with the country code. 7 is the
// shortest number worth a libphonenumber call: fewer digits are mostly
// counters, and only a handful of island plans go below it.
constexpr size_t kMinDigits = 7;
constexpr size_t kMaxDigits = 15;
constexpr size_t kMaxExtensionDigits = 7;

// Returns the end of an extension at `p` ("x123", " ext. 503",
// ", extension 7246433"), or kNone.
size_t ExtensionEnd(std::string_view text, size_t p) {
  if (p >= text.size()) return kNone;
  // The common case, and cheaper than what follows: nothing like one.
  char first = ascii::ToLower(text[p]);
  if (first != ' ' && first != ',' && first != 'x' && first != 'e') {
    return kNone;
  }
  // std::find, not string_view::find: a memchr call per byte cost more
  // than the two-byte sets it searches.
  auto skip = [&](std::string_view chars, size_t max) {
    for (size_t n = 0;
         n < max && p < text.size() &&
         std::find(chars.begin(), chars.end(), text[p]) != chars.end();
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
  if (!ascii::EqualsLower(name, "x") && !ascii::EqualsLower(name, "ext") &&
      !ascii::EqualsLower(name, "extension")) {
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
// a national number that nothing vouches for, neither may punctuation that
// continues an id or a host: "415-555-0132-x1", "4155550132@host". One that
// a '+' or a context word vouches for may end a path segment or a SIP user
// part: "/Calls/+14155550132/", "sip:+14155550132@host", "SIP/4155550132@
// trunk" (an Asterisk dial string).
bool IsCleanEnd(std::string_view text, size_t end, bool vouched) {
  if (end >= text.size()) return true;
  char next = text[end];
  if (ascii::IsWordChar(next) || IsTokenAt(text, end)) return false;
  if (vouched) return true;
  if (next == '@') return false;
  bool joins =
      next == '-' || next == '/' || next == '.' || next == '+' || next == ':';
  return !(joins && end + 1 < text.size() && ascii::IsWordChar(text[end + 1]));
}

// Returns the end of a span made of the first `k` groups of `run`, or kNone
// when they cannot end there: a shorter span must be followed by a space.
// `named`: a context word names the run.
size_t SpanEnd(std::string_view text, const Run& run, size_t k, bool named) {
  size_t end = run.groups[k - 1].end;
  bool last = k == run.count && !run.truncated;
  char next = k < run.count ? run.groups[k].separator : run.next_separator;
  if (!last && next != ' ') return kNone;
  size_t extension = ExtensionEnd(text, end);
  if (extension != kNone) return extension;
  if (!last) return end;
  bool vouched = named || run.prefix != Prefix::kNational;
  return IsCleanEnd(text, end, vouched) ? end : kNone;
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

// Tries the first k groups of `run`, for k from all of them down to
// `min_groups`, and matches the longest whose digits `accepts(digits, k)`.
template <class Accepts>
bool MatchLongest(std::string_view text, const Run& run, size_t min_groups,
                  bool named, Accepts accepts, ByteRange& match) {
  bool international = run.prefix != Prefix::kNational;
  char digits[kMaxDigits + 2];
  for (size_t k = run.count; k >= min_groups; --k) {
    size_t count = CopyDigits(text, run, k, digits);
    if (count < kMinDigits) continue;
    size_t end = SpanEnd(text, run, k, named);
    if (end == kNone) continue;
    if (accepts(std::string_view(digits, count + (international ? 1 : 0)), k)) {
      match = {run.begin, end};
      return true;
    }
  }
  return false;
}

// The bytes of `run`, from its prefix to its last digit or parenthesis.
ByteRange RunSpan(const Run& run) {
  return {run.begin, run.groups[run.count - 1].end};
}

// What the words around the run say (confirm/context_words.h).
ContextVerdict JudgeContext(std::string_view text, const Run& run,
                            const FindOptions& options) {
  return options.context.Judge(text, RunSpan(run));
}

// Whether `digits`, the first `k` groups of `run`, count in `region`: a
// valid number, or with a context word and for the whole run a possible
// one (valid numbers are possible, so one libphonenumber call decides).
bool Counts(std::string_view digits, std::string_view region, const Run& run,
            size_t k, bool context) {
  return context && k == run.count
             ? validate::IsPossiblePhoneNumber(digits, region)
             : validate::IsValidPhoneNumber(digits, region);
}

// "+CC ...", "00CC ..." and "tel:+CC...": judged by their country code. A
// whole run that is not valid still counts when a context word names it
// and its length is possible for the country; a shorter span must be
// valid, or a possible prefix of a longer number would leave its tail in
// clear.
bool ConfirmInternational(std::string_view text, const Run& run,
                          const FindOptions& options, ByteRange& match) {
  bool context = JudgeContext(text, run, options) == ContextVerdict::kBoost;
  auto accepts = [&](std::string_view digits, size_t k) {
    return Counts(digits, "", run, k, context);
  };
  return MatchLongest(text, run, 1, context, accepts, match);
}

// True if the first `k` groups of `run`, for some k, have the digits, the
// grouping and the end of a national number (as if a context word named
// it: MatchLongest checks the end again). Does not look at the words
// before the run, which costs more and is moot when this fails.
bool HasNationalSpan(std::string_view text, const Run& run) {
  size_t digits = 0;  // as CopyDigits counts them in a national run
  for (size_t k = 1; k <= run.count; ++k) {
    digits += run.groups[k - 1].digits;
    if (digits > kMaxDigits) return false;
    if (digits >= kMinDigits && HasPlausibleGroups(run, k) &&
        SpanEnd(text, run, k, /*named=*/true) != kNone) {
      return true;
    }
  }
  return false;
}

// True if the first `k` groups of `run` are laid out the way national
// numbers of `region` are written.
bool HasLayout(std::string_view text, const Run& run, size_t k,
               std::string_view region) {
  return IsNanpRegion(region) ? HasNanpLayout(text, run, k)
                              : HasTrunkLayout(text, run, k);
}

// True if the first k groups of `run`, for some k of two or more, have a
// plausible grouping in a national layout of one of the regions: what a
// national number without a boost word needs (ConfirmNational).
bool HasLayoutSpan(std::string_view text, const Run& run,
                   const FindOptions& options) {
  for (size_t k = 2; k <= run.count; ++k) {
    if (!HasPlausibleGroups(run, k)) continue;
    for (const std::string& region : options.phone_regions) {
      if (HasLayout(text, run, k, region)) return true;
    }
  }
  return false;
}

// True if `digits` are a national number as most regions outside the NANP
// write one: a trunk prefix '0', then a non-zero digit ("00" is the
// international prefix), 7 to 12 digits in all (the national numbers of
// the regions that dial a trunk 0 are 6 to 11 digits long; longer runs are
// E.164 digits with a stray 0, "0447911123456", or ids).
bool IsTrunkNational(std::string_view digits) {
  constexpr size_t kMaxTrunkDigits = 12;
  return digits.size() >= kMinDigits && digits.size() <= kMaxTrunkDigits &&
         digits[0] == '0' && digits[1] != '0';
}

// A national number needs separators in a plausible layout and must be
// valid in one of the regions; with a context word that names it, any
// grouping will do, the whole run need only be possible (Counts), and a
// whole run may also be an E.164 number without its '+'. A suppress word
// ("order 415-555-0132") rules it out before any validation.
bool ConfirmNational(std::string_view text, const Run& run,
                     const FindOptions& options, ByteRange& match) {
  const Group& first = run.groups[0];
  if (run.count == 1 &&
      (first.digits < kMinDigits || first.digits > kMaxDigits)) {
    return false;  // the common case: a bare count, id or time stamp
  }
  // A lone group ("user_id=64536113") or a run with no national layout
  // ("4111 1111 1111 1111") counts only with a boost word. Most have none,
  // and Boosts learns that without reading the span or the words after it.
  if ((run.count == 1 || !HasLayoutSpan(text, run, options)) &&
      !options.context.Boosts(text, RunSpan(run))) {
    return false;
  }
  if (!HasNationalSpan(text, run)) return false;  // dates, addresses
  bool context = true;
  if (run.count > 1) {
    ContextVerdict verdict = JudgeContext(text, run, options);
    if (verdict == ContextVerdict::kSuppress) return false;
    context = verdict == ContextVerdict::kBoost;
  }
  auto accepts = [&](std::string_view digits, size_t k) {
    if (!HasPlausibleGroups(run, k)) return false;
    for (const std::string& region : options.phone_regions) {
      bool layout = context || HasLayout(text, run, k, region);
      if (layout && Counts(digits, region, run, k, context)) return true;
    }
    // A whole run after a word that names a phone number may be an
    // MSISDN or WhatsApp id ("msisdn=447911123456"), whatever the regions,
    // or a national number of another region, trunk prefix first
    // ("mobile_number=07911123456", "alt_phone=(030) 901820").
    return context && k == run.count &&
           (validate::IsValidE164Number(digits) || IsTrunkNational(digits));
  };
  return MatchLongest(text, run, context ? 1 : 2, context, accepts, match);
}

// True if the '+' or '(' at `i` is glued to a context word that names a
// phone number: "Hi call+64 3 331 6005", "call(800) 901-3355".
bool IsGluedToContextWord(std::string_view text, size_t i,
                          const FindOptions& options) {
  return (text[i] == '+' || text[i] == '(') && i > 0 &&
         ascii::IsAlpha(text[i - 1]) && options.context.BoostsGlued(text, i);
}

// Skips from `i` to the next byte that could start a span: the first byte
// after a word, or a '+', '(' or digit outside a word.
size_t NextCandidate(std::string_view text, size_t i) {
  if (ascii::IsWordChar(text[i])) {
    while (i < text.size() && ascii::IsWordChar(text[i])) ++i;
    return i;
  }
  return i + 1;
}

// Where scanning resumes after `run` held no number: past the groups it
// has read (all of them, unless it was cut at kMaxGroups), but at a group
// after a space where the separators change, which starts another value
// that the run read on into ("10.1.2.3 415-555-0132", "order 7
// 415-555-0132"). Groups all joined by spaces stay one value
// ("4039 0032 6425 3391" holds no "0032 6425 3391").
size_t ResumeAfter(std::string_view text, const Run& run) {
  for (size_t j = 1; j < run.count; ++j) {
    if (run.groups[j].separator != ' ') continue;
    bool before = j > 1 && run.groups[j - 1].separator != ' ';
    bool after = j + 1 < run.count && run.groups[j + 1].separator != ' ';
    if (before || after) return run.groups[j].begin;
  }
  return run.truncated ? SkipGroups(text, run.groups[0].begin)
                       : run.groups[run.count - 1].end;
}

// True if the run has the digits of a number: CopyDigits never counts more.
bool HasMinDigits(const Run& run) {
  size_t digits = 0;
  for (size_t j = 0; j < run.count; ++j) digits += run.groups[j].digits;
  return digits >= kMinDigits;
}

// The plain scan visits each byte outside words and the first byte of each
// word; a span starts at a digit, '+' or '(' ("tel:" is found from its
// '+'; "%2B" is read in the decoded view, detect/decoded_view.h). Triggers
// keep those that can start a run of groups worth reading: a digit starting
// a word, neither glued to what precedes it nor a short number standing
// alone; a '+' or '(' before a digit.
//
// kDigitWordsBoost: a boost word ends in a digit, so PairAfterNumber's
// shapes may have one before them and are visited.
template <bool kDigitWordsBoost>
struct PhoneSteps {
  // Bit k: a run of fewer than kMinDigits digits starts at byte k and no
  // group follows it (see NextGroupStart): a visit there reads one group,
  // too short to be a number, and skips no candidate.
  LOGVEIL_VECTOR_INLINE static Words ShortAlone(const BlockView& v) {
    static_assert(kMinDigits == 7);
    MaskPair digit = v.Pair(&ByteClasses::digit);
    MaskPair paren = v.Pair(&ByteClasses::open_paren);
    MaskPair next_group =
        digit.Ahead(1) | (v.Pair(&ByteClasses::space) & paren.Ahead(1));
    MaskPair run_end =
        ~(digit | paren | (v.Pair(&ByteClasses::separator) & next_group));
    // Digits up to 1, 2, 4 and 6 bytes before such an end.
    MaskPair two = digit & digit.Ahead(1);
    MaskPair up_to_1 = digit & run_end.Ahead(1);
    MaskPair up_to_2 = up_to_1 | (digit & up_to_1.Ahead(1));
    MaskPair up_to_4 = up_to_2 | (two & up_to_2.Ahead(2));
    return (up_to_4 | (two & up_to_4.Ahead(2))).lo;
  }

  // Bit k: a digit at byte k is glued to what precedes it (IsCleanStart):
  // a visit there skips its word, which holds no candidate.
  LOGVEIL_VECTOR_INLINE static Words GluedDigit(const BlockView& v) {
    using B = ByteClasses;
    Words glue = (v.Has(&B::separator, -1) & ~v.Has(&B::space, -1)) |
                 v.Has(&B::plus, -1) | v.Has(&B::percent, -1);
    return glue | (v.Has(&B::colon, -1) & v.Has(&B::digit, -2));
  }

  // Bit k: bytes k to k + kMinDigits - 1 may all belong to a run of groups
  // (digits, parentheses, a separator before a digit or '('). A run read
  // from k holds no more digits than that, so where this is 0 a visit finds
  // too few (HasMinDigits), and so does one at any later byte of the run.
  LOGVEIL_VECTOR_INLINE static MaskPair RoomForDigits(const BlockView& v) {
    using B = ByteClasses;
    static_assert(kMinDigits == 7);
    MaskPair digit = v.Pair(&B::digit);
    MaskPair open = v.Pair(&B::open_paren);
    MaskPair run = digit | open | v.Pair(&B::close_paren) |
                   (v.Pair(&B::separator) & (digit | open).Ahead(1));
    MaskPair two = run & run.Ahead(1);
    MaskPair four = two & two.Ahead(2);
    return four & four.Ahead(3);
  }

  // Bit k: a date "2023-10-10" ("2023/10/10", "2023.10.10") starts at byte
  // k. A run that opens with one holds no national number (IsDateAt rules
  // out every span of three groups or more; two hold six digits), so a
  // visit would only skip it; the groups after it, if any, are visited on
  // their own.
  LOGVEIL_VECTOR_INLINE static Words DateStart(const BlockView& v) {
    using B = ByteClasses;
    MaskPair digit = v.Pair(&B::digit);
    MaskPair two = digit & digit.Ahead(1);
    MaskPair shape =
        two & two.Ahead(2) & two.Ahead(5) & two.Ahead(8) & ~digit.Ahead(10);
    if (None(shape.lo)) return Words{};
    MaskPair dash = v.Pair(&B::dash);
    MaskPair dot = v.Pair(&B::dot);
    MaskPair slash = v.Pair(&B::slash);
    auto both = [](MaskPair separator) LOGVEIL_VECTOR_LAMBDA {
      return separator.Ahead(4) & separator.Ahead(7);
    };
    return (shape & (both(dash) | both(dot) | both(slash))).lo;
  }

  // Bit k: byte k may start one more group of a run, as NextGroupStart
  // takes one after a group without parentheses ("(", or a separator
  // before a digit or, for a space, before "("). Conservative: where
  // ReadGroup then fails, the run ends all the same.
  LOGVEIL_VECTOR_INLINE static MaskPair ContinuesRun(const BlockView& v) {
    using B = ByteClasses;
    MaskPair open = v.Pair(&B::open_paren);
    return open | (v.Pair(&B::separator) & v.Pair(&B::digit).Ahead(1)) |
           (v.Pair(&B::space) & open.Ahead(1));
  }

  // Bit k: a run of exactly four groups of 1 to 3 digits joined by dots,
  // an IPv4 address ("10.209.27.81"), starts at byte k and no group follows
  // it. A national run of that shape has no span worth validating (its
  // first three groups end at a dot, all four are a dotted quad:
  // HasNationalSpan), so a visit only skips it. Runs that open with "00"
  // may read as an international prefix and are left to their visit.
  LOGVEIL_VECTOR_INLINE static Words DottedQuad(const BlockView& v) {
    using B = ByteClasses;
    MaskPair digit = v.Pair(&B::digit);
    MaskPair dot = v.Pair(&B::dot);
    MaskPair continues = ContinuesRun(v);
    MaskPair two = digit & digit.Ahead(1);
    // Exactly n digits at k: the run cannot go on past them.
    MaskPair run[3] = {digit & ~digit.Ahead(1), two & ~digit.Ahead(2),
                       two & digit.Ahead(2) & ~digit.Ahead(3)};
    MaskPair quad = (run[0] & ~continues.Ahead(1)) |
                    (run[1] & ~continues.Ahead(2)) |
                    (run[2] & ~continues.Ahead(3));
    for (int groups = 1; groups < 4; ++groups) {
      quad = (run[0] & dot.Ahead(1) & quad.Ahead(2)) |
             (run[1] & dot.Ahead(2) & quad.Ahead(3)) |
             (run[2] & dot.Ahead(3) & quad.Ahead(4));
    }
    MaskPair zero = v.Pair(&B::zero);
    return (quad & ~(zero & zero.Ahead(1))).lo;
  }

  // Bit k: a run of exactly two groups (1 to 3 digits, a space, 1 to 7
  // digits) starts at byte k right after a number and up to three bytes of
  // glue: an access log's status and size ("HTTP/1.1\" 304 197943"). Two
  // groups without a parenthesis or a leading 0 have no national layout in
  // any region, so only a boost word could make them count (ConfirmNational),
  // and none can come before: the word before ends in a digit, and a token
  // that ends in a digit is neither a context word nor filler
  // (ContextWords::Before stops there).
  LOGVEIL_VECTOR_INLINE static Words PairAfterNumber(const BlockView& v) {
    using B = ByteClasses;
    // Bit k: byte k + n is glue to ContextWords::Before (some of its kinds).
    auto glue_at = [&](int n) LOGVEIL_VECTOR_LAMBDA {
      return v.Has(&B::space, n) | v.Has(&B::quote, n) | v.Has(&B::colon, n) |
             v.Has(&B::open_paren, n);
    };
    Words glue = glue_at(-1);
    Words glue2 = glue & glue_at(-2);
    Words glue3 = glue2 & glue_at(-3);
    Words after_number = (glue & v.Has(&B::digit, -2)) |
                         (glue2 & v.Has(&B::digit, -3)) |
                         (glue3 & v.Has(&B::digit, -4));
    if (None(after_number)) return Words{};
    MaskPair digit = v.Pair(&B::digit);
    MaskPair space = v.Pair(&B::space);
    MaskPair end = ~digit & ~ContinuesRun(v);
    // Bit k: a group of 1 to 7 digits at k, then the end of the run.
    MaskPair last = digit & end.Ahead(1);
    MaskPair digits = digit;
    for (int n = 2; n <= 7; ++n) {
      digits = digits & digit.Ahead(n - 1);
      last = last | (digits & end.Ahead(n));
    }
    MaskPair two = digit & digit.Ahead(1);
    MaskPair pair = (digit & space.Ahead(1) & last.Ahead(2)) |
                    (two & space.Ahead(2) & last.Ahead(3)) |
                    (two & digit.Ahead(2) & space.Ahead(3) & last.Ahead(4));
    return after_number & pair.lo & ~v.Has(&B::zero);
  }

  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    Words digit = v.Has(&ByteClasses::digit);
    Words next_digit = v.Has(&ByteClasses::digit, 1);
    Words word_start = digit & ~IsWordByte(v, -1) & ~GluedDigit(v);
    MaskPair room = RoomForDigits(v);
    Words opens_number = (v.Has(&ByteClasses::plus) & room.Ahead(1).lo) |
                         (v.Has(&ByteClasses::open_paren) & room.lo);
    Words unnamed = kDigitWordsBoost ? Words{} : PairAfterNumber(v);
    return (word_start & ~ShortAlone(v) & ~DateStart(v) & ~DottedQuad(v) &
            ~unnamed & room.lo) |
           (opens_number & next_digit);
  }

  static size_t Visit(std::string_view text, size_t i, size_t /*pos*/,
                      const FindOptions& options, std::vector<ByteRange>& out) {
    Run run;
    if (!StartRun(text, i, IsGluedToContextWord(text, i, options), run)) {
      return NextCandidate(text, i);
    }
    ByteRange match;
    bool found = HasMinDigits(run) &&
                 (run.prefix == Prefix::kNational
                      ? ConfirmNational(text, run, options, match)
                      : ConfirmInternational(text, run, options, match));
    if (found) {
      out.push_back(match);
      return match.end;
    }
    return ResumeAfter(text, run);
  }
};

void ScanPhones(const ClassWindow& window, std::string_view text,
                const FindOptions& options, size_t& pos,
                std::vector<ByteRange>& out) {
  if (options.context.BoostEndsInDigit()) {
    return ScanWindow<PhoneSteps<true>>(window, text, options, pos, out);
  }
  ScanWindow<PhoneSteps<false>>(window, text, options, pos, out);
}

}  // namespace
}  // namespace phone

const FinderSteps kPhoneSteps = {&phone::ScanPhones};

void FindPhones(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out) {
  RunFinderSteps(kPhoneSteps, text, options, out);
}

}  // namespace logveil::confirm
