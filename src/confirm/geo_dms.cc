#include "confirm/geo_dms.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/geo_pair.h"

namespace logveil::confirm::geo {
namespace {

// "-179° 59′ 59.999999″ " takes 26 bytes before its letter; with room for
// more decimals, a letter looks back this far for the start of its axis.
constexpr size_t kMaxAxisBytes = 40;
constexpr int kMaxMinuteDigits = 2;
constexpr int kMinutesPerDegree = 60;  // and seconds per minute

bool DigitAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsDigit(text[i]);
}

bool AlnumAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsAlnum(text[i]);
}

bool Is(std::string_view text, size_t i, std::string_view bytes) {
  return i <= text.size() && text.substr(i, bytes.size()) == bytes;
}

size_t SkipOneSpace(std::string_view text, size_t i) {
  return i < text.size() && text[i] == ' ' ? i + 1 : i;
}

// One number of an axis as written: "40", "17.5".
struct Part {
  int value = 0;
  int decimals = 0;           // digits after the point
  bool fraction_zero = true;  // no decimals, or only zeros
  size_t end = 0;

  bool fraction() const { return decimals > 0; }
  bool IsZero() const { return value == 0 && fraction_zero; }
};

// Reads 1 to `max_digits` digits and an optional fraction at `i`.
bool ReadPart(std::string_view text, size_t i, int max_digits, Part& part) {
  part = Part{};
  size_t begin = i;
  while (DigitAt(text, i) && i - begin < static_cast<size_t>(max_digits)) {
    part.value = part.value * 10 + (text[i++] - '0');
  }
  if (i == begin || DigitAt(text, i)) return false;
  if (i + 1 < text.size() && text[i] == '.' && DigitAt(text, i + 1)) {
    for (++i; DigitAt(text, i); ++i, ++part.decimals) {
      part.fraction_zero = part.fraction_zero && text[i] == '0';
    }
  }
  part.end = i;
  return true;
}

// The length of a degree mark at `i`, or 0: "°" (U+00B0), "º" (U+00BA,
// often typed for it), "˚" (U+02DA), or 'd' before a space or digit.
size_t DegreeMarkLength(std::string_view text, size_t i) {
  for (std::string_view mark : {"\xc2\xb0", "\xc2\xba", "\xcb\x9a"}) {
    if (Is(text, i, mark)) return mark.size();
  }
  bool letter =
      Is(text, i, "d") && (Is(text, i + 1, " ") || DigitAt(text, i + 1));
  return letter ? 1 : 0;
}

// The length of a minute mark at `i`, or 0: an apostrophe (not two: that
// marks seconds), "′" (U+2032), "’" (U+2019), or 'm' not starting a word.
size_t MinuteMarkLength(std::string_view text, size_t i) {
  if (Is(text, i, "'")) return Is(text, i + 1, "'") ? 0 : 1;
  for (std::string_view mark : {"\xe2\x80\xb2", "\xe2\x80\x99"}) {
    if (Is(text, i, mark)) return mark.size();
  }
  return Is(text, i, "m") && !AlnumAt(text, i + 1) ? 1 : 0;
}

// The length of a second mark at `i`, or 0: '"', "''", "″" (U+2033), "”"
// (U+201D), or 's' not starting a word.
size_t SecondMarkLength(std::string_view text, size_t i) {
  for (std::string_view mark : {"\"", "''", "\xe2\x80\xb3", "\xe2\x80\x9d"}) {
    if (Is(text, i, mark)) return mark.size();
  }
  return Is(text, i, "s") && !AlnumAt(text, i + 1) ? 1 : 0;
}

// The numbers of an axis without its letter: "-40° 26′ 46.5″", "41.5".
struct Body {
  ByteRange degrees;  // sign included
  int whole_degrees = 0;
  int decimals = 0;       // of the degrees
  bool rest_zero = true;  // nothing but whole degrees
  bool minutes = false;
  size_t end = 0;  // after the last number and its mark
};

// Reads minutes, and seconds if the minutes are whole, at `i`. Returns
// false if no minutes with their mark are there.
bool ParseMinutes(std::string_view text, size_t i, Body& body) {
  Part minutes;
  if (!ReadPart(text, i, kMaxMinuteDigits, minutes)) return false;
  size_t mark = MinuteMarkLength(text, minutes.end);
  if (mark == 0 || minutes.value >= kMinutesPerDegree) return false;
  body.minutes = true;
  body.rest_zero = minutes.IsZero();
  body.end = minutes.end + mark;
  if (minutes.fraction()) return true;  // degrees and decimal minutes
  Part seconds;
  if (!ReadPart(text, SkipOneSpace(text, body.end), kMaxMinuteDigits,
                seconds)) {
    return true;
  }
  mark = SecondMarkLength(text, seconds.end);
  if (mark == 0 || seconds.value >= kMinutesPerDegree) return true;
  body.rest_zero = body.rest_zero && seconds.IsZero();
  body.end = seconds.end + mark;
  return true;
}

// Reads degrees with a mark or decimals, or degrees and minutes ("51 19m").
// A bare integer is no axis.
bool ParseBody(std::string_view text, size_t begin, Body& body) {
  size_t i = begin;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  Part degrees;
  if (!ReadPart(text, i, kMaxDegreeDigits, degrees)) return false;
  body = Body{};
  body.degrees = {begin, degrees.end};
  body.whole_degrees = degrees.value;
  body.decimals = degrees.decimals;
  body.rest_zero = degrees.fraction_zero;
  size_t mark = DegreeMarkLength(text, degrees.end);
  body.end = degrees.end + mark;
  if (degrees.fraction()) return true;  // decimal degrees: nothing follows
  // Minutes follow the mark, or a space if there is none ("51 19m").
  size_t minutes = SkipOneSpace(text, body.end);
  if ((mark > 0 || minutes != body.end) && ParseMinutes(text, minutes, body)) {
    return true;
  }
  return mark > 0;
}

// `c` if it is 'N', 'S', 'E' or 'W'; 0 otherwise.
char UpperHemisphere(char c) {
  return c == 'N' || c == 'S' || c == 'E' || c == 'W' ? c : 0;
}

// 'N', 'S', 'E' or 'W' for a hemisphere letter at `i` (either case) that
// is not glued to a following letter or digit; 0 otherwise.
char HemisphereAt(std::string_view text, size_t i) {
  if (i >= text.size() || AlnumAt(text, i + 1)) return 0;
  return UpperHemisphere(static_cast<char>(text[i] & ~0x20));
}

bool IsLatitude(char hemisphere) {
  return hemisphere == 'N' || hemisphere == 'S';
}

bool InRange(const Body& body, char hemisphere) {
  int limit = IsLatitude(hemisphere) ? kMaxLatitude : kMaxLongitude;
  return body.whole_degrees < limit ||
         (body.whole_degrees == limit && body.rest_zero);
}

struct Axis {
  ByteRange finding;
  char hemisphere = 0;
  size_t end = 0;
};

// The finding of an axis spanning [begin, end): the number alone for
// decimal degrees, which an action can round; else all of it.
ByteRange FindingOf(const Body& body, size_t begin, size_t end) {
  return body.minutes ? ByteRange{begin, end} : body.degrees;
}

// An axis with its letter after the numbers: "40° 26′ 46″ N", "41.5 N".
bool ParseSuffixAxis(std::string_view text, size_t begin, Axis& axis) {
  Body body;
  if (!ParseBody(text, begin, body)) return false;
  size_t letter = SkipOneSpace(text, body.end);
  char hemisphere = HemisphereAt(text, letter);
  if (hemisphere == 0 || !InRange(body, hemisphere)) return false;
  axis = {FindingOf(body, begin, letter + 1), hemisphere, letter + 1};
  return true;
}

// An upper-case hemisphere letter glued to the digits after it
// ("N51.5074", GPS trackers' and aviation logs' form) and not glued to a
// word before it ("SN51.5074").
char GluedHemisphereAt(std::string_view text, size_t i) {
  if (!DigitAt(text, i + 1) || (i > 0 && ascii::IsAlnum(text[i - 1]))) {
    return 0;
  }
  return UpperHemisphere(text[i]);
}

// An axis with an upper-case letter before the numbers: "N 39°20' 0''",
// or glued to decimal degrees as precise as a bare pair's: "N51.5074".
bool ParsePrefixAxis(std::string_view text, size_t begin, Axis& axis) {
  char hemisphere = HemisphereAt(text, begin);
  const bool glued = hemisphere == 0;
  if (glued) hemisphere = GluedHemisphereAt(text, begin);
  if (hemisphere == 0 || !ascii::IsUpper(text[begin])) return false;
  Body body;
  if (!ParseBody(text, SkipOneSpace(text, begin + 1), body) ||
      !InRange(body, hemisphere) || AlnumAt(text, body.end) ||
      (glued && body.decimals < kMinBareDecimals)) {
    return false;
  }
  axis = {FindingOf(body, begin, body.end), hemisphere, body.end};
  return true;
}

// Bytes an axis may hold before its letter: digits, signs, marks (ASCII or
// the bytes of UTF-8 ones) and single spaces.
bool IsAxisByte(char c) {
  constexpr ascii::ByteSet kAxisAscii(".-+ '\"dms");
  return ascii::IsDigit(c) || (c & 0x80) != 0 || kAxisAscii.Has(c);
}

// True if an axis may start at `i`: a sign or a digit that does not
// continue a number or a word.
bool IsAxisStart(std::string_view text, size_t i) {
  if (text[i] != '-' && text[i] != '+' && !ascii::IsDigit(text[i])) {
    return false;
  }
  if (i == 0) return true;
  char prev = text[i - 1];
  return !ascii::IsWordChar(prev) && prev != '.' && prev != '-' && prev != '+';
}

// Finds the axis, starting at `floor` or later, whose letter is at `at`.
bool FindAxisBefore(std::string_view text, size_t at, size_t floor,
                    Axis& axis) {
  size_t lowest = std::max(std::min(floor, at),
                           at > kMaxAxisBytes ? at - kMaxAxisBytes : 0);
  size_t begin = at;
  while (begin > lowest && IsAxisByte(text[begin - 1])) --begin;
  for (size_t i = begin; i < at; ++i) {
    if (IsAxisStart(text, i) && ParseSuffixAxis(text, i, axis) &&
        axis.end == at + 1) {
      return true;
    }
  }
  return false;
}

// Spaces, or one of ",;/" with a space on either side: ", ", " / ", ";".
size_t SkipAxisSeparator(std::string_view text, size_t i) {
  size_t j = SkipOneSpace(text, i);
  if (j < text.size() && (text[j] == ',' || text[j] == ';' || text[j] == '/')) {
    j = SkipOneSpace(text, j + 1);
  }
  return j;
}

// Reads the longitude after the latitude `first` (ISO 6709 order; "5.0 W,
// 12.5 N" is more likely watts and newtons) and appends the pair; returns
// where the position ends, or 0.
size_t AppendPair(std::string_view text, const Axis& first,
                  std::vector<ByteRange>& out) {
  size_t next = SkipAxisSeparator(text, first.end);
  Axis second;
  if (!IsLatitude(first.hemisphere) || next == first.end ||
      !(ParseSuffixAxis(text, next, second) ||
        ParsePrefixAxis(text, next, second)) ||
      IsLatitude(second.hemisphere)) {
    return 0;
  }
  out.push_back(first.finding);
  out.push_back(second.finding);
  return AppendAltitude(text, second.end, out);
}

}  // namespace

size_t TryHemispherePair(std::string_view text, size_t at, size_t floor,
                         std::vector<ByteRange>& out) {
  Axis first;
  if (IsLatitude(HemisphereAt(text, at)) &&
      FindAxisBefore(text, at, floor, first)) {
    if (size_t end = AppendPair(text, first, out)) return end;
  }
  // AppendPair takes a latitude first only.
  if (at >= floor && ParsePrefixAxis(text, at, first)) {
    return AppendPair(text, first, out);
  }
  return 0;
}

}  // namespace logveil::confirm::geo
