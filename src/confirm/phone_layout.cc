#include "confirm/phone_layout.h"

#include <algorithm>

#include "base/ascii.h"

namespace logveil::confirm::phone {
namespace {

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

// North American Numbering Plan regions: country code 1.
constexpr std::string_view kNanpRegions[] = {
    "us", "ca", "ag", "ai", "as", "bb", "bm", "bs", "dm",
    "do", "gd", "gu", "jm", "kn", "ky", "lc", "mp", "ms",
    "pr", "sx", "tc", "tt", "vc", "vg", "vi"};

}  // namespace

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

bool HasTrunkLayout(std::string_view text, const Run& run, size_t k) {
  const Group& first = run.groups[0];
  if (first.paren) return true;
  // "081109 203615" is a date and a time, not an area code.
  if (text[first.begin] == '0') return first.digits <= kMaxAreaDigits;
  return k > 1 && first.digits == 1 && run.groups[1].paren;
}

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
  return std::any_of(
      std::begin(kNanpRegions), std::end(kNanpRegions),
      [&](std::string_view nanp) { return ascii::EqualsLower(region, nanp); });
}

}  // namespace logveil::confirm::phone
