#include "confirm/geo.h"

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "confirm/geo_dms.h"
#include "confirm/geo_label.h"
#include "confirm/geo_line.h"
#include "confirm/geo_nmea.h"
#include "confirm/geo_pair.h"

namespace logveil::confirm {
namespace geo {
namespace {

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
  return AppendAltitude(text, lon.range.end, out);
}

// The lowest byte a new finding may start at: after the last one. Visits
// that read back from their trigger (hemisphere letters) stop there.
size_t FloorOf(const std::vector<ByteRange>& out) {
  return out.empty() ? 0 : out.back().end;
}

// Where scanning finds a coordinate:
//   a bare pair: a number with kMinBareDecimals decimals starting cleanly,
//     that is a sign or a digit, then its decimal point 1-3 bytes later and
//     that many digits after it;
//   a label: a word starting "lat", "lon", "lng", "ll", "geo", "q" or like
//     "center" (any case);
//   a latitude's hemisphere letter or the map key "q" standing alone: no
//     letter or dot on either side, no digit after ("40° 26′ 46″ N", ",N,",
//     "?q=");
//   a line start, for a line that is nothing but a pair: a sign, a space,
//     '(' or a number of at most three integer digits;
//   Google's map data "!8m2!3d25.19!4d55.27": a digit and a hex letter
//     after a byte that is neither a word byte nor a space, with a digit
//     before that.
struct GeoSteps {
  using B = ByteClasses;

  // Masks that several triggers ask for, computed once per block.
  struct Common {
    LOGVEIL_VECTOR_INLINE explicit Common(const BlockView& v)
        : digit(v.Pair(&B::digit)),
          four_digits((digit & digit.Ahead(1)) &
                      (digit & digit.Ahead(1)).Ahead(2)),
          word_before(IsWordByte(v, -1)),
          alpha_before(v.Has(&B::alpha, -1)) {}

    MaskPair digit;
    MaskPair four_digits;  // bit k: bytes k to k + 3 are digits
    Words word_before;
    Words alpha_before;
  };

  // Bit k: a word starting at byte k begins like a label. Labels end
  // before a letter or digit (geo_label.cc), which rules out the common
  // look-alikes: "queue", "latency", "sentence".
  LOGVEIL_VECTOR_INLINE static Words Labels(const BlockView& v,
                                            const Common& c) {
    Words l = v.Has(&B::letter_l);
    Words g = v.Has(&B::letter_g);
    Words e1 = v.Has(&B::letter_e, 1);
    Words n2 = v.Has(&B::letter_n, 2);
    auto alnum = [&](int n) LOGVEIL_VECTOR_LAMBDA {
      return v.Has(&B::alpha, n) | v.Has(&B::digit, n);
    };
    // "q" and "query"; "center".
    Words query = v.Has(&B::letter_e, 2) & ~v.Has(&B::letter_e, 4) & ~alnum(5);
    Words labels =
        (v.Has(&B::letter_q) & (~alnum(1) | query)) |
        (e1 & n2 & v.Has(&B::letter_t, 3) & v.Has(&B::letter_e, 4) & ~alnum(6));
    if (!None(l)) {
      labels |= l & ((v.Has(&B::letter_a, 1) & v.Has(&B::letter_t, 2) &
                      ~v.Has(&B::letter_e, 3)) |
                     (v.Has(&B::letter_o, 1) & n2) |
                     (v.Has(&B::letter_n, 1) & v.Has(&B::letter_g, 2)) |
                     v.Has(&B::letter_l, 1));
    }
    // 'g' starts one label only, the URI scheme "geo:".
    labels |= g & e1 & v.Has(&B::letter_o, 2) & v.Has(&B::colon, 3);
    if (None(labels)) return Words{};
    return labels & ~(c.alpha_before | v.Has(&B::digit, -1));
  }

  // Bit k: a 'q' at byte k starts no map key with a value ("Query took
  // 12 ms"): the key, "query" if a letter follows the 'q' and "q" if not,
  // is followed by a space and a letter or digit, where SkipAssignment
  // (geo_label.cc) needs '=' or ':'.
  LOGVEIL_VECTOR_INLINE static Words MapKeyBeforeWord(const BlockView& v) {
    auto word_after_space = [&](int n) LOGVEIL_VECTOR_LAMBDA {
      return v.Has(&B::space, n) &
             (v.Has(&B::alpha, n + 1) | v.Has(&B::digit, n + 1));
    };
    Words letter_after = v.Has(&B::alpha, 1) | v.Has(&B::digit, 1);
    return v.Has(&B::letter_q) & ((letter_after & word_after_space(5)) |
                                  (~letter_after & word_after_space(1)));
  }

  // Bit k: byte k is 'n', 's' (a latitude's hemisphere, which comes first)
  // or 'q' with no letter or dot on either side and no digit after it
  // ("c.e.auth" is a Java package), or an upper-case 'N' or 'S' with no
  // letter or digit before it and a digit after it ("N51.5074"). A
  // lower-case hemisphere right after an integer ("3600s", "k8s") is none:
  // with no letter before the numbers, an axis that ends in a digit is
  // decimal degrees (geo_dms.cc).
  LOGVEIL_VECTOR_INLINE static Words LoneLetters(const BlockView& v,
                                                 const Common& c) {
    Words hemispheres = v.Has(&B::letter_n) | v.Has(&B::letter_s);
    Words letters = hemispheres | v.Has(&B::letter_q);
    if (None(letters)) return Words{};
    Words dot = v.Has(&B::dot, -1) | v.Has(&B::dot, 1);
    Words after_integer =
        hemispheres & ~v.Has(&B::upper) & AfterShortInteger(v);
    Words digit_after = c.digit.Ahead(1).lo;
    Words lone =
        letters & ~v.Has(&B::alpha, 1) & ~digit_after & ~dot & ~after_integer;
    // An upper-case latitude letter glued to its degrees: "N51.5074".
    Words glued =
        hemispheres & digit_after & v.Has(&B::upper) & ~v.Has(&B::digit, -1);
    return (lone | glued) & ~c.alpha_before;
  }

  // Bit k: 1 to 8 digits end at byte k - 1 and no '.' comes before them.
  LOGVEIL_VECTOR_INLINE static Words AfterShortInteger(const BlockView& v) {
    Words run = v.Has(&B::digit, -1);  // digits at k - 1 .. k - n + 1
    Words found = {};
    for (int n = 2; n <= 9; ++n) {
      found |= run & ~v.Has(&B::digit, -n) & ~v.Has(&B::dot, -n);
      run &= v.Has(&B::digit, -n);
    }
    return found;
  }

  // Bit k: byte k may start a line that holds a pair.
  LOGVEIL_VECTOR_INLINE static Words LineStarts(const BlockView& v,
                                                const Common& c) {
    Words starts = v.Has(&B::newline, -1);
    if (None(starts)) return Words{};
    Words number = c.digit.lo & ~c.four_digits.lo & ~DottedStart(v, c);
    return starts & (number | v.Has(&B::dash) | v.Has(&B::plus) |
                     v.Has(&B::space) | v.Has(&B::open_paren));
  }

  // Bit k: groups of 1-3 digits joined by dots, at least three, start at
  // byte k ("10.1.2.3 - - [...]", an access log's line): ParseNumber
  // (geo_pair.cc) reads the first two as degrees and decimals, and a
  // number followed by '.' and a digit is none.
  LOGVEIL_VECTOR_INLINE static Words DottedStart(const BlockView& v,
                                                 const Common& c) {
    MaskPair digit = c.digit;
    MaskPair dot = v.Pair(&B::dot);
    // Bit k: exactly n digits at k, then a dot.
    MaskPair two = digit & digit.Ahead(1);
    MaskPair group[3] = {digit & dot.Ahead(1), two & dot.Ahead(2),
                         two & digit.Ahead(2) & dot.Ahead(3)};
    MaskPair then_digit = (group[0] & digit.Ahead(2)) |
                          (group[1] & digit.Ahead(3)) |
                          (group[2] & digit.Ahead(4));
    return ((group[0] & then_digit.Ahead(2)) |
            (group[1] & then_digit.Ahead(3)) | (group[2] & then_digit.Ahead(4)))
        .lo;
  }

  LOGVEIL_VECTOR_INLINE static Words MapData(const BlockView& v,
                                             const Common& c) {
    return c.digit.lo & v.Has(&B::hex, 1) & v.Has(&B::alpha, 1) &
           ~c.word_before & ~v.Has(&B::space, -1) & v.Has(&B::digit, -2);
  }

  LOGVEIL_VECTOR_INLINE static Words BareNumbers(const BlockView& v,
                                                 const Common& c) {
    static_assert(kMinBareDecimals == 4);
    // A decimal point and four digits.
    MaskPair point = v.Pair(&B::dot) & c.four_digits.Ahead(1);
    if (None(point.lo | point.hi)) return Words{};
    MaskPair point_in_3 = point.Ahead(1) | point.Ahead(2) | point.Ahead(3);
    Words sign = v.Has(&B::dash) | v.Has(&B::plus);
    Words number =
        (c.digit.lo & point_in_3.lo) | (sign & point_in_3.Ahead(1).lo);
    // Also a time or a path before it: "12:34.5678", "/2/51.5074" (as
    // IsBareStart has it).
    Words glued =
        c.word_before | v.Has(&B::dot, -1) | v.Has(&B::dash, -1) |
        v.Has(&B::plus, -1) |
        ((v.Has(&B::colon, -1) | v.Has(&B::slash, -1)) & v.Has(&B::digit, -2));
    return number & ~glued;
  }

  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    Common c(v);
    // A 'q' triggers as a label or as a lone letter; one check rules out
    // the map keys of both that a word follows.
    Words letters = Labels(v, c) | LoneLetters(v, c);
    if (!None(letters)) letters &= ~MapKeyBeforeWord(v);
    return BareNumbers(v, c) | letters | LineStarts(v, c) | MapData(v, c);
  }

  // A letter: a hemisphere (NMEA fields first), else a label.
  static size_t VisitLetter(std::string_view text, size_t at,
                            std::vector<ByteRange>& out) {
    char letter = ascii::ToLower(text[at]);
    if (letter == 'n' || letter == 's') {
      size_t floor = FloorOf(out);
      if (at > 0 && text[at - 1] == ',') {
        if (size_t end = TryNmeaPair(text, at, floor, out)) return end;
      }
      if (size_t end = TryHemispherePair(text, at, floor, out)) return end;
    }
    if (!kLabelInitials.Has(letter)) return at + 1;
    return TryLabeled(text, at, out);
  }

  static size_t Visit(std::string_view text, size_t at, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    if (at == 0 || text[at - 1] == '\n') {
      if (size_t end = TryWholeLine(text, at, out)) return end;
    }
    if (ascii::IsAlpha(text[at])) return VisitLetter(text, at, out);
    if (at > 0 && text[at - 1] == '!') {
      if (size_t end = TryMapData(text, at, out)) return end;
    }
    return TryBarePair(text, at, out);
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
