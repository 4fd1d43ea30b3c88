#include "confirm/geo_nmea.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/geo_pair.h"

namespace logveil::confirm::geo {
namespace {

// "dddmm.mmmmmmmm" is 14 bytes; a longer field is something else.
constexpr size_t kMaxFieldBytes = 16;
constexpr size_t kMinuteDigits = 2;
constexpr int kMinutesPerDegree = 60;

bool IsFieldByte(char c) { return ascii::IsDigit(c) || c == '.'; }

int ValueOf(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// True if `field` is a position value: "dd" + "mm.mmm" for a latitude,
// "ddd" + "mm.mmm" for a longitude (`degree_digits` 2 or 3), or decimal
// degrees with up to that many digits and no leading zero; within `limit`.
bool IsPositionField(std::string_view field, size_t degree_digits, int limit) {
  size_t point = field.find('.');
  if (point == std::string_view::npos || point == 0 ||
      point + 1 == field.size() ||
      field.find('.', point + 1) != std::string_view::npos) {
    return false;
  }
  bool fraction_zero =
      field.find_first_not_of('0', point + 1) == std::string_view::npos;
  int degrees = 0;
  if (point == degree_digits + kMinuteDigits) {
    degrees = ValueOf(field.substr(0, degree_digits));
    int minutes = ValueOf(field.substr(degree_digits, kMinuteDigits));
    if (minutes >= kMinutesPerDegree) return false;
    fraction_zero = fraction_zero && minutes == 0;
  } else if (point <= degree_digits && (point == 1 || field[0] != '0')) {
    degrees = ValueOf(field.substr(0, point));
  } else {
    return false;
  }
  return degrees < limit || (degrees == limit && fraction_zero);
}

bool IsFieldEnd(std::string_view text, size_t i) {
  return i >= text.size() || text[i] == ',' || text[i] == '*' ||
         text[i] == '\r' || text[i] == '\n';
}

}  // namespace

size_t TryNmeaPair(std::string_view text, size_t at, size_t floor,
                   std::vector<ByteRange>& out) {
  if (at < 2 || (text[at] != 'N' && text[at] != 'S') || text[at - 1] != ',' ||
      at + 2 >= text.size() || text[at + 1] != ',') {
    return 0;
  }
  ByteRange lat{at - 1, at - 1};
  while (lat.begin > std::max(floor, size_t{1}) &&
         lat.size() < kMaxFieldBytes && IsFieldByte(text[lat.begin - 1])) {
    --lat.begin;
  }
  ByteRange lon{at + 2, at + 2};
  while (lon.end < text.size() && lon.size() < kMaxFieldBytes &&
         IsFieldByte(text[lon.end])) {
    ++lon.end;
  }
  size_t letter = lon.end + 1;
  if (text[lat.begin - 1] != ',' || lon.end >= text.size() ||
      text[lon.end] != ',' || letter >= text.size() ||
      (text[letter] != 'E' && text[letter] != 'W') ||
      !IsFieldEnd(text, letter + 1) ||
      !IsPositionField(lat.In(text), 2, kMaxLatitude) ||
      !IsPositionField(lon.In(text), 3, kMaxLongitude)) {
    return 0;
  }
  out.push_back(lat);
  out.push_back(lon);
  return lon.end;
}

}  // namespace logveil::confirm::geo
