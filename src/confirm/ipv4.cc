#include "confirm/ipv4.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/finder_steps.h"

namespace logveil::confirm {
namespace {

constexpr int kOctets = 4;
constexpr int kMaxOctetDigits = 3;
constexpr int kMaxOctetValue = 255;

// A maximal run of digit groups joined by single dots, such as "1.2.3.4.5".
struct DottedNumber {
  ByteRange range;
  int parts = 0;
  bool fits_octets = true;  // every part has 1-3 digits and is <= 255
};

// Parses the run that starts with the digit at `begin`, as far as it goes.
DottedNumber ParseDottedNumber(std::string_view text, size_t begin) {
  DottedNumber number{.range = {begin, begin}};
  size_t i = begin;
  while (true) {
    size_t digits_begin = i;
    int value = 0;
    while (i < text.size() && ascii::IsDigit(text[i])) {
      // Clamped: only "fits in an octet" matters, and a long run must not
      // overflow.
      value = std::min(value * 10 + (text[i] - '0'), kMaxOctetValue + 1);
      ++i;
    }
    ++number.parts;
    if (i - digits_begin > kMaxOctetDigits || value > kMaxOctetValue) {
      number.fits_octets = false;
    }
    number.range.end = i;
    if (i + 1 >= text.size() || text[i] != '.' ||
        !ascii::IsDigit(text[i + 1])) {
      return number;
    }
    ++i;
  }
}

bool IsAddress(std::string_view text, const DottedNumber& number) {
  if (number.parts != kOctets || !number.fits_octets) return false;
  size_t begin = number.range.begin;
  size_t end = number.range.end;
  if (begin > 0 && ascii::IsWordChar(text[begin - 1])) return false;
  // "6.1.7601.17514": the left part of a longer dotted number is no address.
  if (begin >= 2 && text[begin - 1] == '.' && ascii::IsDigit(text[begin - 2])) {
    return false;
  }
  if (end < text.size() && ascii::IsWordChar(text[end])) return false;
  // "~6.1.1.0": a Windows component id. Quads after a version word
  // ("wcp.dll version 0.0.0.6") are the pattern entry's suppress words
  // (patterns/network.yaml, confirm/context_words.h).
  return !(begin > 0 && text[begin - 1] == '~');
}

// Where scanning finds the first dot of each dotted number with at least
// four parts of 1-3 digits: only those can be addresses.
struct Ipv4Steps {
  // Dots between digits followed by two more, each 2-4 bytes further on.
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    MaskPair digit = v.Pair(&ByteClasses::digit);
    MaskPair between = v.Pair(&ByteClasses::dot) & digit.Ahead(1);
    Words at = between.lo & v.Has(&ByteClasses::digit, -1);
    if (None(at)) return Words{};
    // `between` lacks the digit before each dot; the dots ahead have one.
    MaskPair next = between.Ahead(2) | between.Ahead(3) | between.Ahead(4);
    return at & next.lo & (next.Ahead(2).lo | next.Ahead(4).lo);
  }

  // `dot` may be any dot of its dotted number: parsing starts at the
  // number's first digit, as a left-to-right scan would.
  static size_t Visit(std::string_view text, size_t dot, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    size_t begin = dot;
    do {
      --begin;
      while (begin > 0 && ascii::IsDigit(text[begin - 1])) --begin;
    } while (begin >= 2 && text[begin - 1] == '.' &&
             ascii::IsDigit(text[begin - 2]));
    DottedNumber number = ParseDottedNumber(text, begin);
    if (IsAddress(text, number)) out.push_back(number.range);
    return number.range.end;
  }
};

}  // namespace

const FinderSteps kIpv4Steps = kStepsOf<Ipv4Steps>;

void FindIpv4(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out) {
  RunFinderSteps(kIpv4Steps, text, options, out);
}

}  // namespace logveil::confirm
