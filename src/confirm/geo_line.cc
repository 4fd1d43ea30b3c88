#include "confirm/geo_line.h"

#include "confirm/geo_pair.h"

namespace logveil::confirm::geo {
namespace {

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size() && text[i] == ' ') ++i;
  return i;
}

size_t SkipBlanks(std::string_view text, size_t i) {
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) {
    ++i;
  }
  return i;
}

}  // namespace

size_t TryWholeLine(std::string_view text, size_t at,
                    std::vector<ByteRange>& out) {
  if (at > 0 && text[at - 1] != '\n') return 0;
  size_t i = SkipSpaces(text, at);
  bool parenthesized = i < text.size() && text[i] == '(';
  if (parenthesized) ++i;
  Number lat;
  Number lon;
  if (!ParsePair(text, i, 0, PairSeparators::kAny, lat, lon)) return 0;
  std::string_view separator =
      text.substr(lat.range.end, lon.range.begin - lat.range.end);
  if ((lat.decimals == 0 || lon.decimals == 0) &&
      separator.find(',') == std::string_view::npos) {
    return 0;
  }
  ByteRange altitude = ParseAltitude(text, lon.range.end);
  size_t end = altitude.size() > 0 ? altitude.end : lon.range.end;
  if (parenthesized) {
    if (end >= text.size() || text[end] != ')') return 0;
    ++end;
  }
  size_t line_end = SkipBlanks(text, end);
  if (line_end < text.size() && text[line_end] != '\n') return 0;
  out.push_back(lat.range);
  out.push_back(lon.range);
  if (altitude.size() > 0) out.push_back(altitude);
  return end;
}

}  // namespace logveil::confirm::geo
