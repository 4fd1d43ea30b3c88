#include "confirm/geo.h"

#include <algorithm>

#include "base/ascii.h"

namespace logveil::confirm {
namespace {

// Four decimals locate a point to about 11 m; a bare pair with fewer is too
// often something else (load averages "0.52, 0.58", ratios, versions). A
// label says what the numbers are, so two decimals (about 1 km) suffice.
constexpr int kMinBareDecimals = 4;
constexpr int kMinLabeledDecimals = 2;
constexpr int kMaxLatitude = 90;
constexpr int kMaxLongitude = 180;
constexpr int kMaxDegreeDigits = 3;
// Spaces allowed around '=' or ':' after a label, and bytes allowed between
// the first labeled value and the second label ("\", \"", " user_").
constexpr size_t kMaxLabelSpaces = 3;
constexpr size_t kMaxLabelGapBytes = 24;

enum class Axis { kNone, kLatitude, kLongitude, kBoth, kGeoUri };

// A decimal number as written, sign included: "-25.2048".
struct Number {
  ByteRange range;
  int degrees = 0;  // the integer part
  int decimals = 0;
  bool fraction_zero = true;

  bool Within(int limit) const {
    return degrees < limit || (degrees == limit && fraction_zero);
  }
  bool IsZero() const { return degrees == 0 && fraction_zero; }
};

bool DigitAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsDigit(text[i]);
}

bool AlnumAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsAlnum(text[i]);
}

// The number ending at `end` is not continued: no word character, no '%',
// and no '.', '-', '/' or ':' followed by a digit (versions, IPs, dates).
bool IsNumberEnd(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  char next = text[end];
  if (ascii::IsWordChar(next) || next == '%') return false;
  bool joins_digits = next == '.' || next == '-' || next == '/' || next == ':';
  return !(joins_digits && DigitAt(text, end + 1));
}

// Parses [+-]?D{1,3}(.D+)? at `begin`, with no leading zero ("020.5" is
// not a coordinate) and a clean end. Returns false if there is none.
bool ParseNumber(std::string_view text, size_t begin, Number& number) {
  size_t i = begin;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  size_t digits_begin = i;
  number = Number{};
  while (DigitAt(text, i) && i - digits_begin < kMaxDegreeDigits + 1) {
    number.degrees = number.degrees * 10 + (text[i++] - '0');
  }
  size_t digits = i - digits_begin;
  if (digits == 0 || digits > kMaxDegreeDigits) return false;
  if (digits > 1 && text[digits_begin] == '0') return false;
  if (i < text.size() && text[i] == '.' && DigitAt(text, i + 1)) {
    for (++i; DigitAt(text, i); ++i) {
      ++number.decimals;
      if (text[i] != '0') number.fraction_zero = false;
    }
  }
  number.range = {begin, i};
  return IsNumberEnd(text, i);
}

// A bare pair may not be glued to what precedes it: a word ("x12.3456"),
// a dotted or signed number, or a time ("12:34.5678").
bool IsBareStart(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  char prev = text[begin - 1];
  if (ascii::IsWordChar(prev) || prev == '.' || prev == '-' || prev == '+') {
    return false;
  }
  return !((prev == ':' || prev == '/') && begin >= 2 &&
           ascii::IsDigit(text[begin - 2]));
}

// Which bytes may stand between latitude and longitude.
enum class PairSeparators {
  kAny,    // ",", ", ", ";", "; " or " "
  kComma,  // "," alone, as in geo: URIs (RFC 5870)
};

// Returns the length of the pair separator at `i`, or 0 if there is none.
size_t SeparatorLength(std::string_view text, size_t i,
                       PairSeparators allowed) {
  if (i >= text.size()) return 0;
  if (allowed == PairSeparators::kComma) return text[i] == ',' ? 1 : 0;
  if (text[i] == ' ') return 1;
  if (text[i] != ',' && text[i] != ';') return 0;
  return (i + 1 < text.size() && text[i + 1] == ' ') ? 2 : 1;
}

// True if a decimal number ("0.58", "-0.5") starts at `i`. A pair between
// decimals is one element of a list of floats ("load average: 0.5234,
// 0.5812, 0.5903", vectors); integers next to a pair are usually other
// fields (an id column, an altitude) and do not count.
bool IsDecimalAt(std::string_view text, size_t i) {
  Number number;
  return ParseNumber(text, i, number) && number.decimals > 0;
}

// True if a decimal number ends at `end` (exclusive); the end of a time or a
// date ("12:00:00.5", "2024/01/02") is none.
bool IsDecimalBefore(std::string_view text, size_t end) {
  size_t i = end;
  while (i > 0 && ascii::IsDigit(text[i - 1])) --i;
  if (i == end || i < 2 || text[i - 1] != '.' || !ascii::IsDigit(text[i - 2])) {
    return false;
  }
  --i;  // the decimal point
  while (i > 0 && ascii::IsDigit(text[i - 1])) --i;
  if (i > 0 && (text[i - 1] == '-' || text[i - 1] == '+')) --i;
  if (i == 0) return true;
  char prev = text[i - 1];
  return !ascii::IsWordChar(prev) && prev != ':' && prev != '/' && prev != '.';
}

bool IsListElement(std::string_view text, const Number& lat,
                   const Number& lon) {
  std::string_view separator =
      text.substr(lat.range.end, lon.range.begin - lat.range.end);
  size_t begin = lat.range.begin;
  if (begin >= separator.size() &&
      text.substr(begin - separator.size(), separator.size()) == separator &&
      IsDecimalBefore(text, begin - separator.size())) {
    return true;
  }
  size_t end = lon.range.end;
  return text.substr(end, separator.size()) == separator &&
         IsDecimalAt(text, end + separator.size());
}

// Reads "lat, lon" at `begin` with the given separators and precision.
// Returns false if the numbers there are no coordinate pair.
bool ParsePair(std::string_view text, size_t begin, int min_decimals,
               PairSeparators allowed, Number& lat, Number& lon) {
  if (!ParseNumber(text, begin, lat)) return false;
  size_t separator = SeparatorLength(text, lat.range.end, allowed);
  if (separator == 0) return false;
  if (!ParseNumber(text, lat.range.end + separator, lon)) return false;
  return lat.decimals >= min_decimals && lon.decimals >= min_decimals &&
         lat.Within(kMaxLatitude) && lon.Within(kMaxLongitude) &&
         !(lat.IsZero() && lon.IsZero());  // 0,0 is "no fix", not a place
}

// Tries an unlabeled pair at `begin`; returns where scanning resumes.
size_t TryBarePair(std::string_view text, size_t begin,
                   std::vector<ByteRange>& out) {
  if (!IsBareStart(text, begin)) return begin + 1;
  Number lat;
  Number lon;
  if (!ParsePair(text, begin, kMinBareDecimals, PairSeparators::kAny, lat,
                 lon)) {
    return begin + 1;
  }
  if (IsListElement(text, lat, lon)) return lat.range.end;
  out.push_back(lat.range);
  out.push_back(lon.range);
  return lon.range.end;
}

bool StartsWithNoCase(std::string_view text, size_t i, std::string_view word) {
  if (text.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (ascii::ToLower(text[i + k]) != word[k]) return false;
  }
  return true;
}

struct Label {
  Axis axis = Axis::kNone;
  size_t end = 0;
};

// Matches a longitude word at `i` that is a whole word.
size_t MatchLongitudeWord(std::string_view text, size_t i) {
  for (std::string_view word : {"longitude", "long", "lng", "lon"}) {
    if (StartsWithNoCase(text, i, word) && !AlnumAt(text, i + word.size())) {
      return i + word.size();
    }
  }
  return 0;
}

// Matches a label at `i` (case-insensitive): latitude/lat, longitude/long/
// lng/lon, the combined lat/lng, latlng, lat_lon, and the "geo:" URI scheme.
Label MatchLabel(std::string_view text, size_t i) {
  if (StartsWithNoCase(text, i, "geo:")) return {Axis::kGeoUri, i + 4};
  if (StartsWithNoCase(text, i, "latitude") && !AlnumAt(text, i + 8)) {
    return {Axis::kLatitude, i + 8};
  }
  if (StartsWithNoCase(text, i, "lat")) {
    size_t j = i + 3;
    if (j < text.size() && (text[j] == '/' || text[j] == '_')) ++j;
    if (size_t end = MatchLongitudeWord(text, j); end != 0) {
      return {Axis::kBoth, end};
    }
    if (!AlnumAt(text, i + 3)) return {Axis::kLatitude, i + 3};
  }
  if (size_t end = MatchLongitudeWord(text, i); end != 0) {
    return {Axis::kLongitude, end};
  }
  return {};
}

size_t SkipSpaces(std::string_view text, size_t i) {
  size_t limit = std::min(text.size(), i + kMaxLabelSpaces);
  while (i < limit && text[i] == ' ') ++i;
  return i;
}

bool IsQuote(char c) { return c == '"' || c == '\''; }

// Skips `"lat": "`, `lat = `, `lat/lng: (` after the label ending at `i`;
// returns where the value starts, or 0 if no '=' or ':' follows.
size_t SkipAssignment(std::string_view text, size_t i, Axis axis) {
  if (axis == Axis::kGeoUri) return i;
  if (i < text.size() && IsQuote(text[i])) ++i;
  i = SkipSpaces(text, i);
  if (i >= text.size() || (text[i] != '=' && text[i] != ':')) return 0;
  i = SkipSpaces(text, i + 1);
  if (i < text.size() &&
      (IsQuote(text[i]) ||
       (axis == Axis::kBoth && (text[i] == '(' || text[i] == '[')))) {
    ++i;
  }
  return i;
}

// Separators, quotes and the words of a key prefix ("gps_", "user.").
bool IsLabelGapChar(char c) {
  constexpr std::string_view kGapPunctuation = " \t,;&|\"'_.-/";
  return ascii::IsAlpha(c) || kGapPunctuation.find(c) != std::string_view::npos;
}

int LimitOf(Axis axis) {
  return axis == Axis::kLatitude ? kMaxLatitude : kMaxLongitude;
}

// Reads one labeled value: the label's assignment, then a number of at
// least kMinLabeledDecimals within `limit`.
bool ParseLabeledValue(std::string_view text, const Label& label, int limit,
                       Number& value) {
  size_t begin = SkipAssignment(text, label.end, label.axis);
  return begin != 0 && ParseNumber(text, begin, value) &&
         value.decimals >= kMinLabeledDecimals && value.Within(limit);
}

// After a labeled latitude (or longitude), finds the other one within a
// short gap: "lat=1.23 lon=4.56", "\"lat\": 1.23, \"lng\": 4.56".
bool FindSecondValue(std::string_view text, size_t from, Axis wanted,
                     Number& value) {
  for (size_t i = from; i < text.size() && i - from <= kMaxLabelGapBytes &&
                        IsLabelGapChar(text[i]);
       ++i) {
    if (!ascii::IsAlpha(text[i]) || (i > 0 && ascii::IsAlnum(text[i - 1]))) {
      continue;
    }
    Label label = MatchLabel(text, i);
    if (label.axis != wanted) continue;
    return ParseLabeledValue(text, label, LimitOf(wanted), value);
  }
  return false;
}

// Reads the values after `label`: a pair after lat/lng or geo:, else this
// label's value and then the other axis's labeled value.
bool ParseLabeledPair(std::string_view text, const Label& label, Number& first,
                      Number& second) {
  if (label.axis == Axis::kBoth || label.axis == Axis::kGeoUri) {
    size_t value = SkipAssignment(text, label.end, label.axis);
    PairSeparators allowed = label.axis == Axis::kBoth ? PairSeparators::kAny
                                                       : PairSeparators::kComma;
    return value != 0 &&
           ParsePair(text, value, kMinLabeledDecimals, allowed, first, second);
  }
  if (label.axis == Axis::kNone) return false;
  Axis other =
      label.axis == Axis::kLatitude ? Axis::kLongitude : Axis::kLatitude;
  return ParseLabeledValue(text, label, LimitOf(label.axis), first) &&
         FindSecondValue(text, first.range.end, other, second);
}

// Tries a labeled pair or geo: URI at `begin`; returns where scanning
// resumes.
size_t TryLabeled(std::string_view text, size_t begin,
                  std::vector<ByteRange>& out) {
  char first_letter = ascii::ToLower(text[begin]);
  if ((first_letter != 'l' && first_letter != 'g') ||
      (begin > 0 && ascii::IsAlnum(text[begin - 1]))) {
    return begin + 1;
  }
  Number first;
  Number second;
  if (!ParseLabeledPair(text, MatchLabel(text, begin), first, second)) {
    return begin + 1;
  }
  out.push_back(first.range);
  out.push_back(second.range);
  return second.range.end;
}

}  // namespace

void FindCoordinates(std::string_view text, const FindOptions& /*options*/,
                     std::vector<ByteRange>& out) {
  size_t pos = 0;
  while (pos < text.size()) {
    char c = text[pos];
    if (ascii::IsDigit(c) || c == '-' || c == '+') {
      pos = TryBarePair(text, pos, out);
    } else if (ascii::IsAlpha(c)) {
      pos = TryLabeled(text, pos, out);
    } else {
      ++pos;
    }
  }
}

}  // namespace logveil::confirm
