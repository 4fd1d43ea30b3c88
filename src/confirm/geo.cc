#include "confirm/geo.h"

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "confirm/geo_label.h"
#include "confirm/geo_pair.h"

namespace logveil::confirm {
namespace geo {
namespace {

// Four decimals locate a point to about 11 m; a bare pair with fewer is too
// often something else (load averages "0.52, 0.58", ratios, versions).
constexpr int kMinBareDecimals = 4;

// A bare pair may not be glued to what precedes it: a word ("x12.3456"),
// a dotted or signed number, or a time ("12:34.5678").
bool IsBareStart(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  char prev = text[begin - 1];
  if (ascii::IsWordChar(prev) || prev == '.' || prev == '-' || prev == '+') {
    return false;
  }
  return !((prev == ':' || prev == '/') && begin >= 2 &&
           ascii::IsDigit(text[begin - 2]));
}

// Tries an unlabeled pair at `begin`; returns where scanning resumes.
size_t TryBarePair(std::string_view text, size_t begin,
                   std::vector<ByteRange>& out) {
  if (!IsBareStart(text, begin)) return begin + 1;
  Number lat;
  Number lon;
  if (!ParsePair(text, begin, kMinBareDecimals, PairSeparators::kAny, lat,
                 lon)) {
    return begin + 1;
  }
  if (IsListElement(text, lat, lon)) return lat.range.end;
  out.push_back(lat.range);
  out.push_back(lon.range);
  return lon.range.end;
}

// Where scanning finds a bare pair or a label. A bare pair starts cleanly
// with a number of kMinBareDecimals decimals: a sign or a digit, then its
// decimal point 1-3 bytes later and that many digits after it. A label is
// a word starting "lat", "lon", "lng" or "geo" (any case).
struct GeoSteps {
  // Bit k: a word starting at byte k begins "lat", "lon", "lng" or "geo".
  static uint64_t Labels(const BlockView& v) {
    using B = ByteClassBlock;
    uint64_t l = v.Has(&B::letter_l);
    uint64_t g = v.Has(&B::letter_g);
    if ((l | g) == 0) return 0;
    uint64_t after_l = (v.Has(&B::letter_a, 1) & v.Has(&B::letter_t, 2)) |
                       (v.Has(&B::letter_o, 1) & v.Has(&B::letter_n, 2)) |
                       (v.Has(&B::letter_n, 1) & v.Has(&B::letter_g, 2));
    uint64_t after_g = v.Has(&B::letter_e, 1) & v.Has(&B::letter_o, 2);
    uint64_t labels = (l & after_l) | (g & after_g);
    if (labels == 0) return 0;
    return labels & ~(v.Has(&B::alpha, -1) | v.Has(&B::digit, -1));
  }

  static uint64_t Triggers(const BlockView& v) {
    static_assert(kMinBareDecimals == 4);
    MaskPair digit = v.Pair(&ByteClassBlock::digit);
    MaskPair two = digit & digit.Ahead(1);
    // A decimal point and four digits.
    MaskPair point =
        v.Pair(&ByteClassBlock::dot) & (two & two.Ahead(2)).Ahead(1);
    if ((point.lo | point.hi) == 0) return Labels(v);
    MaskPair point_in_3 = point.Ahead(1) | point.Ahead(2) | point.Ahead(3);
    uint64_t sign = v.Has(&ByteClassBlock::dash) | v.Has(&ByteClassBlock::plus);
    uint64_t number =
        (digit.lo & point_in_3.lo) | (sign & point_in_3.Ahead(1).lo);
    uint64_t glued = IsWordByte(v, -1) | v.Has(&ByteClassBlock::dot, -1) |
                     v.Has(&ByteClassBlock::dash, -1) |
                     v.Has(&ByteClassBlock::plus, -1);
    return (number & ~glued) | Labels(v);
  }

  static size_t Visit(std::string_view text, size_t at, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    return ascii::IsAlpha(text[at]) ? TryLabeled(text, at, out)
                                    : TryBarePair(text, at, out);
  }
};

}  // namespace
}  // namespace geo

const FinderSteps kGeoSteps = kStepsOf<geo::GeoSteps>;

void FindCoordinates(std::string_view text, const FindOptions& options,
                     std::vector<ByteRange>& out) {
  RunFinderSteps(kGeoSteps, text, options, out);
}

}  // namespace logveil::confirm
