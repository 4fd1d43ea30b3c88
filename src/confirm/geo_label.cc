#include "confirm/geo_label.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/geo_pair.h"

namespace logveil::confirm::geo {
namespace {

// A label says what the numbers are, so two decimals (about 1 km) suffice.
constexpr int kMinLabeledDecimals = 2;
// Spaces allowed around '=' or ':' after a label, and bytes allowed between
// the first labeled value and the second label ("\", \"", " user_").
constexpr size_t kMaxLabelSpaces = 3;
constexpr size_t kMaxLabelGapBytes = 24;

// kBoth: lat/lng, latlng; kMapKey: the parameters of map links that hold
// "lat,lon" (q=, ll=, query=, center=).
enum class Axis { kNone, kLatitude, kLongitude, kBoth, kGeoUri, kMapKey };

bool AlnumAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsAlnum(text[i]);
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

// Matches a map link parameter at `i`: q (Google, Apple), ll (Apple,
// Yandex), query (Google's api=1 links), center (static map APIs).
size_t MatchMapKey(std::string_view text, size_t i) {
  for (std::string_view word : {"query", "center", "ll", "q"}) {
    if (StartsWithNoCase(text, i, word) && !AlnumAt(text, i + word.size())) {
      return i + word.size();
    }
  }
  return 0;
}

// Matches a label starting with 'l' at `i`: latitude/lat, longitude/long/
// lng/lon, the combined lat/lng, latlng, lat_lon, and the map key ll.
Label MatchLetterL(std::string_view text, size_t i) {
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
  if (size_t end = MatchMapKey(text, i); end != 0) return {Axis::kMapKey, end};
  return {};
}

// Matches a label at `i` (case-insensitive): the words above, the "geo:"
// URI scheme and map link parameters.
Label MatchLabel(std::string_view text, size_t i) {
  switch (ascii::ToLower(text[i])) {
    case 'l':
      return MatchLetterL(text, i);
    case 'g':
      if (StartsWithNoCase(text, i, "geo:")) return {Axis::kGeoUri, i + 4};
      return {};
    case 'q':
    case 'c':
      if (size_t end = MatchMapKey(text, i); end != 0) {
        return {Axis::kMapKey, end};
      }
      return {};
    default:
      return {};
  }
}

size_t SkipSpaces(std::string_view text, size_t i) {
  size_t limit = std::min(text.size(), i + kMaxLabelSpaces);
  while (i < limit && text[i] == ' ') ++i;
  return i;
}

bool IsQuote(char c) { return c == '"' || c == '\''; }

// Skips `"lat": "`, `lat = `, `lat/lng: (` after the label ending at `i`;
// returns where the value starts, or 0 if no '=' or ':' follows. Free text
// puts only blanks between a latitude or longitude label and its value
// ("position lat 52.52000 lon 13.40495"), and XML a '>' (<lat>52.52</lat>):
// those count too, as the other axis must be labeled as well
// (ParseLabeledPair).
size_t SkipAssignment(std::string_view text, size_t i, Axis axis) {
  if (axis == Axis::kGeoUri) return i;
  const bool one_axis = axis == Axis::kLatitude || axis == Axis::kLongitude;
  if (one_axis && i < text.size() && text[i] == '>') return i + 1;
  const bool quoted = i < text.size() && IsQuote(text[i]);
  if (quoted) ++i;
  const size_t label_end = i;
  i = SkipSpaces(text, i);
  if (!quoted && one_axis && i > label_end && i < text.size() &&
      text[i] != '=' && text[i] != ':') {
    return i;
  }
  if (i >= text.size() || (text[i] != '=' && text[i] != ':')) return 0;
  i = SkipSpaces(text, i + 1);
  if (i < text.size() &&
      (IsQuote(text[i]) ||
       (axis == Axis::kBoth && (text[i] == '(' || text[i] == '[')))) {
    ++i;
  }
  return i;
}

// Separators, quotes, XML tags and the words of a key prefix ("gps_",
// "user.").
bool IsLabelGapChar(char c) {
  constexpr ascii::ByteSet kGapPunctuation(" \t,;&|\"'_.-/<>");
  return ascii::IsAlpha(c) || kGapPunctuation.Has(c);
}

int LimitOf(Axis axis) {
  return axis == Axis::kLatitude ? kMaxLatitude : kMaxLongitude;
}

// Reads a number of at least kMinLabeledDecimals within `limit` at `i`.
bool ParseLabeledNumber(std::string_view text, size_t i, int limit,
                        Number& value) {
  return ParseNumber(text, i, value) && value.decimals >= kMinLabeledDecimals &&
         value.Within(limit);
}

// Skips an upper-case hemisphere letter of the label's axis glued before
// the digits of its value, as GPS trackers write them ("lat=N51.5074
// lon=W0.1278"); the finding is the number, as for a letter after it.
size_t SkipHemisphere(std::string_view text, size_t i, Axis axis) {
  if (i + 1 >= text.size() || !ascii::IsDigit(text[i + 1])) return i;
  std::string_view letters = axis == Axis::kLatitude ? "NS" : "EW";
  return letters.find(text[i]) == std::string_view::npos ? i : i + 1;
}

// Reads one labeled value: the label's assignment, then a number of at
// least kMinLabeledDecimals within `limit`.
bool ParseLabeledValue(std::string_view text, const Label& label, int limit,
                       Number& value) {
  size_t begin = SkipAssignment(text, label.end, label.axis);
  return begin != 0 &&
         ParseLabeledNumber(text, SkipHemisphere(text, begin, label.axis),
                            limit, value);
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

PairSeparators SeparatorsOf(Axis axis) {
  if (axis == Axis::kBoth) return PairSeparators::kAny;
  return axis == Axis::kMapKey ? PairSeparators::kUrl : PairSeparators::kComma;
}

// Reads the values after `label`: a pair after lat/lng, geo: or a map link
// parameter, else this label's value and then the other axis's labeled
// value.
bool ParseLabeledPair(std::string_view text, const Label& label, Number& first,
                      Number& second) {
  if (label.axis == Axis::kBoth || label.axis == Axis::kGeoUri ||
      label.axis == Axis::kMapKey) {
    size_t value = SkipAssignment(text, label.end, label.axis);
    PairSeparators allowed = SeparatorsOf(label.axis);
    return value != 0 &&
           ParsePair(text, value, kMinLabeledDecimals, allowed, first, second);
  }
  if (label.axis == Axis::kNone) return false;
  Axis other =
      label.axis == Axis::kLatitude ? Axis::kLongitude : Axis::kLatitude;
  return ParseLabeledValue(text, label, LimitOf(label.axis), first) &&
         FindSecondValue(text, first.range.end, other, second);
}

}  // namespace

size_t TryLabeled(std::string_view text, size_t begin,
                  std::vector<ByteRange>& out) {
  if (!kLabelInitials.Has(ascii::ToLower(text[begin])) ||
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

size_t TryMapData(std::string_view text, size_t begin,
                  std::vector<ByteRange>& out) {
  if (begin == 0 || text.substr(begin - 1, 3) != "!3d") return 0;
  Number lat;
  Number lon;
  if (!ParseLabeledNumber(text, begin + 2, kMaxLatitude, lat) ||
      text.substr(lat.range.end, 3) != "!4d" ||
      !ParseLabeledNumber(text, lat.range.end + 3, kMaxLongitude, lon)) {
    return 0;
  }
  out.push_back(lat.range);
  out.push_back(lon.range);
  return lon.range.end;
}

}  // namespace logveil::confirm::geo
