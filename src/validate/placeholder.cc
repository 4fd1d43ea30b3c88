#include "validate/placeholder.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"

namespace logveil::validate {

bool IsNotPlaceholder(std::string_view secret) {
  // Real keys are random over 36-64 symbols: 8 distinct bytes and a third
  // for the most frequent one leave a wide margin for 16+ character keys.
  constexpr int kMinDistinct = 8;
  std::array<int, 256> counts{};
  int distinct = 0;
  int most = 0;
  for (unsigned char c : secret) {
    distinct += counts[c]++ == 0;
    most = std::max(most, counts[c]);
  }
  return distinct >= kMinDistinct &&
         most * 3 <= static_cast<int>(secret.size());
}

bool IsCredentialValue(std::string_view value) {
  if (value.empty() ||
      value.find_first_not_of(value.front()) == std::string_view::npos) {
    return false;
  }
  constexpr std::string_view kFlags[] = {"true", "false", "yes",  "no", "on",
                                         "off",  "null",  "none", "nil"};
  for (std::string_view flag : kFlags) {
    if (ascii::EqualsLower(value, flag)) return false;
  }
  return true;
}

}  // namespace logveil::validate
