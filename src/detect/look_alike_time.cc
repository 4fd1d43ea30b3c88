// Time stamp shapes. Fields are range-checked (month 1-12, hour 0-23, ...)
// so that a run of digit groups that merely has the widths of a date is
// not taken for one.
#include "base/ascii.h"
#include "detect/look_alike_shapes.h"

namespace logveil::detect::shapes {
namespace {

constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2099;

// A number of `min_digits` to `max_digits` digits at `pos` within
// [low, high]; `end` receives where it stops.
bool ReadField(std::string_view text, size_t pos, size_t min_digits,
               size_t max_digits, int low, int high, size_t& end) {
  int value = 0;
  size_t p = pos;
  while (p < text.size() && p - pos < max_digits && ascii::IsDigit(text[p])) {
    value = value * 10 + (text[p] - '0');
    ++p;
  }
  if (p - pos < min_digits || (p < text.size() && ascii::IsDigit(text[p]))) {
    return false;
  }
  end = p;
  return value >= low && value <= high;
}

bool InRange(int value, int low, int high) {
  return value >= low && value <= high;
}

// hh<sep>mm<sep>ss, then an optional fraction after '.', ',' or ':'
// (",748" in log4j, ":606" in HealthApp). Returns the end, or 0.
size_t ClockEnd(std::string_view text, size_t pos, char sep) {
  if (!InRange(DigitsAt(text, pos, 2), 0, 23) || !CharAt(text, pos + 2, sep) ||
      !InRange(DigitsAt(text, pos + 3, 2), 0, 59) ||
      !CharAt(text, pos + 5, sep) ||
      !InRange(DigitsAt(text, pos + 6, 2), 0, 60)) {
    return 0;
  }
  size_t end = pos + 8;
  if (CharAt(text, end, '.') || CharAt(text, end, ',') ||
      CharAt(text, end, ':')) {
    return FractionEnd(text, end);
  }
  return end;
}

// hhmmss right after the 'T' of a basic-format ISO 8601 time.
size_t CompactClockEnd(std::string_view text, size_t pos) {
  if (!InRange(DigitsAt(text, pos, 2), 0, 23) ||
      !InRange(DigitsAt(text, pos + 2, 2), 0, 59) ||
      !InRange(DigitsAt(text, pos + 4, 2), 0, 60)) {
    return 0;
  }
  return pos + 6;
}

// "Z", "+05:30", "-0800" or "+01" after a time; returns `pos` if none.
size_t ZoneEnd(std::string_view text, size_t pos) {
  if (CharAt(text, pos, 'Z') || CharAt(text, pos, 'z')) return pos + 1;
  if (!CharAt(text, pos, '+') && !CharAt(text, pos, '-')) return pos;
  if (!InRange(DigitsAt(text, pos + 1, 2), 0, 14)) return pos;
  size_t minutes = pos + 3 + (CharAt(text, pos + 3, ':') ? 1 : 0);
  return InRange(DigitsAt(text, minutes, 2), 0, 59) ? minutes + 2 : pos + 3;
}

// The time after a date that ends at `pos`, joined by 'T', ' ', '_', '-'
// or ':'; returns `pos` if none follows.
size_t TimeAfterDate(std::string_view text, size_t pos, bool compact) {
  if (pos >= text.size()) return pos;
  char joint = text[pos];
  if (joint != 'T' && joint != 't' && joint != ' ' && joint != '_' &&
      joint != '-' && joint != ':') {
    return pos;
  }
  size_t clock = ClockEnd(text, pos + 1, ':');
  if (clock == 0) clock = ClockEnd(text, pos + 1, '.');
  if (clock == 0 && compact && (joint == 'T' || joint == 't')) {
    clock = CompactClockEnd(text, pos + 1);
  }
  return clock == 0 ? pos : ZoneEnd(text, clock);
}

// 2023-10-10, 2023/9/28, 2005.06.03 or (with a time only) 20231010.
size_t IsoEnd(std::string_view text, size_t begin) {
  if (!InRange(DigitsAt(text, begin, 4), kMinYear, kMaxYear)) return 0;
  size_t pos = begin + 4;
  bool compact = pos < text.size() && ascii::IsDigit(text[pos]);
  if (compact) {
    if (!InRange(DigitsAt(text, pos, 2), 1, 12) ||
        !InRange(DigitsAt(text, pos + 2, 2), 1, 31)) {
      return 0;
    }
    pos += 4;
  } else {
    if (pos >= text.size()) return 0;
    char sep = text[pos];
    size_t month_end = 0;
    if ((sep != '-' && sep != '/' && sep != '.') ||
        !ReadField(text, pos + 1, 1, 2, 1, 12, month_end) ||
        !CharAt(text, month_end, sep) ||
        !ReadField(text, month_end + 1, 1, 2, 1, 31, pos)) {
      return 0;
    }
  }
  size_t end = TimeAfterDate(text, pos, compact);
  // Eight digits alone are as likely an id as a date.
  if (compact && end == pos) return 0;
  return EndsWord(text, end) ? end : 0;
}

// 10/27/2023, 27.10.2023, 17/06/09, optionally with a time.
size_t DayDateEnd(std::string_view text, size_t begin) {
  size_t first_end = 0;
  size_t second_end = 0;
  if (!ReadField(text, begin, 1, 2, 1, 31, first_end)) return 0;
  char sep = first_end < text.size() ? text[first_end] : 0;
  if ((sep != '/' && sep != '.' && sep != '-') ||
      !ReadField(text, first_end + 1, 1, 2, 1, 31, second_end) ||
      !CharAt(text, second_end, sep)) {
    return 0;
  }
  int first = DigitsAt(text, begin, first_end - begin);
  int second = DigitsAt(text, first_end + 1, second_end - first_end - 1);
  if (first > 12 && second > 12) return 0;  // no month
  size_t year_end = 0;
  if (!ReadField(text, second_end + 1, 4, 4, kMinYear, kMaxYear, year_end) &&
      !ReadField(text, second_end + 1, 2, 2, 0, 99, year_end)) {
    return 0;
  }
  size_t end = TimeAfterDate(text, year_end, false);
  return EndsWord(text, end) ? end : 0;
}

// Jan ... Dec in any case, as a whole word.
bool IsMonthAt(std::string_view text, size_t pos) {
  constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr",
                                          "may", "jun", "jul", "aug",
                                          "sep", "oct", "nov", "dec"};
  constexpr ascii::ByteSet kFirstLetters("jfmasond");
  if (pos + 3 > text.size() || !kFirstLetters.Has(ascii::ToLower(text[pos])) ||
      (pos + 3 < text.size() && ascii::IsAlpha(text[pos + 3]))) {
    return false;
  }
  for (std::string_view month : kMonths) {
    if (ascii::EqualsLower(text.substr(pos, 3), month)) return true;
  }
  return false;
}

// Oct 10 01:07:16, Oct  9 01:07:16 2023 (syslog, ctime).
size_t SyslogEnd(std::string_view text, size_t begin) {
  if (!IsMonthAt(text, begin) || !CharAt(text, begin + 3, ' ')) return 0;
  size_t day = begin + 4 + (CharAt(text, begin + 4, ' ') ? 1 : 0);
  size_t day_end = 0;
  if (!ReadField(text, day, 1, 2, 1, 31, day_end) ||
      !CharAt(text, day_end, ' ')) {
    return 0;
  }
  size_t end = ClockEnd(text, day_end + 1, ':');
  if (end == 0) return 0;
  size_t year_end = 0;
  if (CharAt(text, end, ' ') &&
      ReadField(text, end + 1, 4, 4, kMinYear, kMaxYear, year_end) &&
      EndsWord(text, year_end)) {
    end = year_end;
  }
  return EndsWord(text, end) ? end : 0;
}

// 10/Oct/2023:01:07:16 +0000 (Apache and NGINX access logs).
size_t ApacheEnd(std::string_view text, size_t begin) {
  if (!InRange(DigitsAt(text, begin, 2), 1, 31) ||
      !CharAt(text, begin + 2, '/') || !IsMonthAt(text, begin + 3) ||
      !CharAt(text, begin + 6, '/') ||
      !InRange(DigitsAt(text, begin + 7, 4), kMinYear, kMaxYear) ||
      !CharAt(text, begin + 11, ':')) {
    return 0;
  }
  size_t end = ClockEnd(text, begin + 12, ':');
  if (end == 0) return 0;
  if (CharAt(text, end, ' ') && ZoneEnd(text, end + 1) > end + 1) {
    end = ZoneEnd(text, end + 1);
  }
  return EndsWord(text, end) ? end : 0;
}

}  // namespace

size_t TimestampEnd(std::string_view text, size_t begin) {
  if (ascii::IsAlpha(text[begin])) return SyslogEnd(text, begin);
  for (auto shape : {&IsoEnd, &ApacheEnd, &DayDateEnd}) {
    if (size_t end = shape(text, begin); end != 0) return end;
  }
  size_t clock = ClockEnd(text, begin, ':');
  return clock != 0 && EndsWord(text, clock) ? clock : 0;
}

}  // namespace logveil::detect::shapes
