#include "confirm/geo_pair.h"

#include "base/ascii.h"

namespace logveil::confirm::geo {
namespace {

bool DigitAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsDigit(text[i]);
}

// True if "%2C", a percent-encoded comma, starts at `i`.
bool IsEncodedComma(std::string_view text, size_t i) {
  return i + 2 < text.size() && text[i] == '%' && text[i + 1] == '2' &&
         ascii::ToLower(text[i + 2]) == 'c';
}

// The number ending at `end` is not continued: no word character, no '%'
// (but "%2C", an encoded comma), and no '.', '-', '/' or ':' followed by a
// digit (versions, IPs, dates).
bool IsNumberEnd(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  char next = text[end];
  if (ascii::IsWordChar(next)) return false;
  if (next == '%') return IsEncodedComma(text, end);
  bool joins_digits = next == '.' || next == '-' || next == '/' || next == ':';
  return !(joins_digits && DigitAt(text, end + 1));
}

// Returns the length of the pair separator at `i`, or 0 if there is none.
size_t SeparatorLength(std::string_view text, size_t i,
                       PairSeparators allowed) {
  if (i >= text.size()) return 0;
  if (allowed == PairSeparators::kUrl && IsEncodedComma(text, i)) return 3;
  if (allowed != PairSeparators::kAny) return text[i] == ',' ? 1 : 0;
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

}  // namespace

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

ByteRange ParseAltitude(std::string_view text, size_t end) {
  // Up to 99999.9 km or 999999 m: the unit says what the number is.
  constexpr size_t kMaxAltitudeDigits = 6;
  size_t i = end;
  if (i >= text.size() || text[i] != ',') return {end, end};
  i += (i + 1 < text.size() && text[i + 1] == ' ') ? 2 : 1;
  size_t begin = i;
  if (i < text.size() && text[i] == '-') ++i;
  size_t digits = i;
  while (DigitAt(text, i) && i - digits <= kMaxAltitudeDigits) ++i;
  if (i == digits || i - digits > kMaxAltitudeDigits) return {end, end};
  if (i + 1 < text.size() && text[i] == '.' && DigitAt(text, i + 1)) {
    for (++i; DigitAt(text, i);) ++i;
  }
  for (std::string_view unit : {"km", "mi", "ft", "m"}) {
    size_t unit_end = i + unit.size();
    if (text.substr(i, unit.size()) == unit &&
        (unit_end >= text.size() || !ascii::IsAlnum(text[unit_end]))) {
      return {begin, unit_end};
    }
  }
  return {end, end};
}

size_t AppendAltitude(std::string_view text, size_t end,
                      std::vector<ByteRange>& out) {
  ByteRange altitude = ParseAltitude(text, end);
  if (altitude.size() == 0) return end;
  out.push_back(altitude);
  return altitude.end;
}

// True if ",YYYYMMDDhhmmss" follows `end`: the UTC time GPS trackers
// write after a position (Queclink @Track: "...,54.7,13.404954,52.520008,
// 20261207100000,..."), which no list of floats has.
bool IsFixTimeAfter(std::string_view text, size_t end) {
  constexpr size_t kDigits = 14;
  if (end + 1 + kDigits > text.size() || text[end] != ',') return false;
  for (size_t i = end + 1; i <= end + kDigits; ++i) {
    if (!ascii::IsDigit(text[i])) return false;
  }
  size_t after = end + 1 + kDigits;
  return after == text.size() || !ascii::IsAlnum(text[after]);
}

bool IsListElement(std::string_view text, const Number& lat,
                   const Number& lon) {
  if (IsFixTimeAfter(text, lon.range.end)) return false;
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

}  // namespace logveil::confirm::geo
