#include "confirm/vin.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "validate/vin.h"

namespace logveil::confirm {
namespace {

using validate::kVinLength;

// Spaces allowed on either side of the ':' or '=' after a key, and the
// longest key looked at ("vehicle_identification_number" and a prefix).
constexpr size_t kMaxKeySpaces = 3;
constexpr size_t kMaxKeyBytes = 48;

// Key words that name a VIN, lower case, without the '_', '-' or '.' that
// may join their parts ("vehicle_id", "vehicleId", "vin-number").
constexpr std::string_view kVinKeys[] = {"vin",
                                         "vinnumber",
                                         "vinno",
                                         "vincode",
                                         "vehicle",
                                         "vehicleid",
                                         "vehicleidentificationnumber"};

bool IsKeyJoiner(char c) { return c == '_' || c == '-' || c == '.'; }

// Skips back from `i` over `max` bytes equal to `c` at most.
size_t SkipBack(std::string_view text, size_t i, char c, size_t max) {
  size_t limit = i - std::min(i, max);
  while (i > limit && text[i - 1] == c) --i;
  return i;
}

// Where the key that may name the value at `begin` ends: before `"vin":
// "`, `vin = `, `VIN #` or `VIN `. Returns `begin` if nothing separates
// them.
size_t KeyEnd(std::string_view text, size_t begin) {
  size_t i = begin;
  if (i > 0 && (text[i - 1] == '"' || text[i - 1] == '\'')) --i;
  i = SkipBack(text, i, ' ', kMaxKeySpaces);
  if (i > 0 &&
      (text[i - 1] == ':' || text[i - 1] == '=' || text[i - 1] == '#')) {
    i = SkipBack(text, i - 1, ' ', kMaxKeySpaces);
  }
  if (i > 0 && (text[i - 1] == '"' || text[i - 1] == '\'')) --i;
  return i;
}

// True if the key ending at `end` ends with `word` (see kVinKeys) and the
// word starts one: at the key's start, after a non-letter, or at an upper
// case letter after a lower case one ("vehicleVin", but not "kevin").
bool KeyEndsWith(std::string_view text, size_t end, std::string_view word) {
  size_t lowest = end - std::min(end, kMaxKeyBytes);
  size_t i = end;
  size_t k = word.size();
  while (k > 0 && i > lowest) {
    char c = text[i - 1];
    if (IsKeyJoiner(c) && k < word.size()) {
      --i;
      continue;
    }
    if (ascii::ToLower(c) != word[k - 1]) return false;
    --i;
    --k;
  }
  if (k > 0) return false;
  if (i == 0 || !ascii::IsAlpha(text[i - 1])) return true;
  return ascii::IsUpper(text[i]) && !ascii::IsUpper(text[i - 1]);
}

// True if a key naming a VIN stands right before `begin`.
bool IsNamedByKey(std::string_view text, size_t begin) {
  size_t end = KeyEnd(text, begin);
  if (end == begin) return false;
  for (std::string_view word : kVinKeys) {
    if (KeyEndsWith(text, end, word)) return true;
  }
  return false;
}

// True if the candidate [begin, end) looks like a piece of base64: a '+'
// on either side or '=' padding after it.
bool IsBase64Piece(std::string_view text, size_t begin, size_t end) {
  return (begin > 0 && text[begin - 1] == '+') ||
         (end < text.size() && (text[end] == '+' || text[end] == '='));
}

// Where scanning finds a VIN: 17 upper-case letters or digits in a row
// with no word byte on either side.
struct VinSteps {
  using B = ByteClasses;

  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    MaskPair upper = v.Pair(&B::upper);
    if (None(upper.lo | upper.hi)) return Words{};
    MaskPair c = upper | v.Pair(&B::digit);
    MaskPair two = c & c.Ahead(1);
    MaskPair four = two & two.Ahead(2);
    MaskPair eight = four & four.Ahead(4);
    MaskPair sixteen = eight & eight.Ahead(8);
    static_assert(kVinLength == 17);
    Words run = (sixteen & c.Ahead(16)).lo;
    if (None(run)) return Words{};
    return run & ~IsWordByte(v, -1) & ~IsWordByte(v, kVinLength);
  }

  static size_t Visit(std::string_view text, size_t at, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    size_t end = at + kVinLength;
    std::string_view vin = text.substr(at, kVinLength);
    if (!validate::HasVinShape(vin) || IsBase64Piece(text, at, end) ||
        !(validate::HasValidVinCheckDigit(vin) || IsNamedByKey(text, at))) {
      return at + 1;
    }
    out.push_back({at, end});
    return end;
  }
};

}  // namespace

const FinderSteps kVinSteps = kStepsOf<VinSteps>;

void FindVins(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out) {
  RunFinderSteps(kVinSteps, text, options, out);
}

}  // namespace logveil::confirm
