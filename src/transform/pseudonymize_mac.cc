// MAC pseudonyms: the OUI (first three bytes: the vendor, and the
// multicast and local bits) stays, the device half goes through a keyed
// permutation of 2^24 values per OUI. Separators stay; hex letters come out
// upper case if the input had only upper-case ones. The broadcast and
// all-zero addresses name no device and stay as they are.
#include "base/ascii.h"
#include "transform/digit_permutation.h"
#include "transform/pseudonymize.h"

namespace logveil::transform {

bool AppendMacPseudonym(const PseudonymizeAction& action,
                        std::string_view value, std::string& out) {
  size_t positions[12];
  size_t count = 0;
  bool upper = false, lower = false;
  uint64_t oui = 0, device = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (!ascii::IsHexDigit(c)) continue;
    if (count == 12) return false;
    upper = upper || ascii::IsUpper(c);
    lower = lower || (ascii::IsAlpha(c) && !ascii::IsUpper(c));
    uint64_t& half = count < 6 ? oui : device;
    half = half << 4 | static_cast<uint64_t>(ascii::HexValue(c));
    positions[count++] = i;
  }
  if (count != 12) return false;
  size_t base = out.size();
  out.append(value);
  uint64_t all = oui << 24 | device;
  if (all == 0 || all == 0xffffffffffff) return true;
  device = PermuteBelow(action.keys->digits, uint64_t{1} << 24,
                        uint64_t{'M'} << 56 | oui, device);
  const char* digits =
      upper && !lower ? "0123456789ABCDEF" : "0123456789abcdef";
  for (size_t i = 12; i > 6; --i) {
    out[base + positions[i - 1]] = digits[device & 0xf];
    device >>= 4;
  }
  return true;
}

}  // namespace logveil::transform
