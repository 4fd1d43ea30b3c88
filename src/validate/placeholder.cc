#include "validate/placeholder.h"

#include <algorithm>
#include <array>

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

}  // namespace logveil::validate
