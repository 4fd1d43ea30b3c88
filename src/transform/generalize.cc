#include "transform/generalize.h"

#include <cmath>

#include "base/ascii.h"
#include "transform/ip_text.h"
#include "transform/value_kind.h"

namespace logveil::transform {
namespace {

size_t CountDigits(std::string_view text) {
  size_t count = 0;
  while (count < text.size() && ascii::IsDigit(text[count])) ++count;
  return count;
}

// Adds one unit in the last place to the decimal digits in out[begin, end)
// ('.' skipped), growing a leading '1' if every digit was a 9.
void RoundUp(std::string& out, size_t begin) {
  for (size_t i = out.size(); i > begin; --i) {
    char& c = out[i - 1];
    if (c == '.') continue;
    if (c != '9') {
      ++c;
      return;
    }
    c = '0';
  }
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(begin), '1');
}

// Decimal degrees have at most three integer digits. A longer GEO value is
// an NMEA field (ddmm.mmm, dddmm.mmm): rounding its minutes as if they were
// decimals of a degree would keep it precise to a few metres, so it is
// redacted, like the degrees-minutes-seconds forms that do not parse as a
// number at all.
bool IsDecimalDegrees(std::string_view number) {
  constexpr size_t kMaxDegreeDigits = 3;
  size_t sign = !number.empty() && (number[0] == '-' || number[0] == '+');
  return CountDigits(number.substr(sign)) <= kMaxDegreeDigits;
}

// A geohash: 6 to 12 of its base-32 digits (no a, i, l, o), with a letter,
// since a number is a coordinate of its own.
bool IsGeohash(std::string_view value) {
  constexpr std::string_view kDigits = "0123456789bcdefghjkmnpqrstuvwxyz";
  if (value.size() < 6 || value.size() > 12) return false;
  bool letter = false;
  for (char c : value) {
    char lower = ascii::ToLower(c);
    if (kDigits.find(lower) == std::string_view::npos) return false;
    letter |= !ascii::IsDigit(c);
  }
  return letter;
}

// The longest geohash whose cell is no finer than `decimals` decimals of a
// degree: each character halves the cell 5 times, latitude taking the
// odd halvings, so its error is 90 / 2^(5n/2) degrees.
size_t GeohashLength(int decimals) {
  double rounding = 0.5 * std::pow(10.0, -decimals);
  size_t length = 1;
  while (length < 12 &&
         90.0 / std::pow(2.0, 5 * (length + 1) / 2) >= rounding) {
    ++length;
  }
  return length;
}

bool AppendTruncatedIp(const GeneralizeAction& action, std::string_view value,
                       std::string& out) {
  IpText ip;
  if (!ParseIpText(value, ip)) return false;
  int keep =
      IsIpv4Mapped(ip.address) ? 96 + action.ipv4_prefix : action.ipv6_prefix;
  Ip16 network = ip.address;
  for (int bit = keep; bit < 128; ++bit) {
    network[bit / 8] &= static_cast<uint8_t>(~(0x80 >> (bit % 8)));
  }
  AppendIpText(network, ip, out);
  return true;
}

}  // namespace

bool AppendRoundedDecimal(std::string_view number, int decimals,
                          std::string& out) {
  size_t sign = !number.empty() && (number[0] == '-' || number[0] == '+');
  size_t whole = CountDigits(number.substr(sign));
  if (whole == 0) return false;
  size_t point = sign + whole;
  if (point == number.size()) {
    out.append(number);
    return true;
  }
  std::string_view fraction = number.substr(point + 1);
  if (number[point] != '.' || fraction.empty() ||
      CountDigits(fraction) != fraction.size()) {
    return false;
  }
  if (fraction.size() <= static_cast<size_t>(decimals)) {
    out.append(number);
    return true;
  }
  out.append(number.substr(0, sign));
  size_t digits_begin = out.size();
  out.append(number.substr(sign, whole));
  if (decimals > 0) out.append(number.substr(point, 1 + decimals));
  if (fraction[decimals] >= '5') RoundUp(out, digits_begin);
  return true;
}

void AppendGeneralized(const GeneralizeAction& action, std::string_view label,
                       std::string_view value, std::string& out) {
  switch (KindOfLabel(label)) {
    case ValueKind::kGeo:
      if (IsDecimalDegrees(value) &&
          AppendRoundedDecimal(value, action.decimals, out)) {
        return;
      }
      if (IsGeohash(value)) {
        out.append(value.substr(0, GeohashLength(action.decimals)));
        return;
      }
      break;
    case ValueKind::kIpv4:
    case ValueKind::kIpv6:
      if (AppendTruncatedIp(action, value, out)) return;
      break;
    default:
      break;
  }
  out.push_back('[');
  out.append(label);
  out.push_back(']');
}

}  // namespace logveil::transform
