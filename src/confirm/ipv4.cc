#include "confirm/ipv4.h"

#include <algorithm>

#include "base/ascii.h"
#include "confirm/finder_steps.h"

namespace logveil::confirm {
namespace {

constexpr int kOctets = 4;
constexpr int kMaxOctetDigits = 3;
constexpr int kMaxOctetValue = 255;

// A maximal run of digit groups joined by single dots (or dashes), such as
// "1.2.3.4.5".
struct DottedNumber {
  ByteRange range;
  int parts = 0;
  bool fits_octets = true;  // every part has 1-3 digits and is <= 255
};

// Parses the run that starts with the digit at `begin`, as far as it goes,
// with `separator` between its groups.
DottedNumber ParseDottedNumber(std::string_view text, size_t begin,
                               char separator) {
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
    if (i + 1 >= text.size() || text[i] != separator ||
        !ascii::IsDigit(text[i + 1])) {
      return number;
    }
    ++i;
  }
}

bool IsQuad(const DottedNumber& number) {
  return number.parts == kOctets && number.fits_octets;
}

bool IsAddress(std::string_view text, const DottedNumber& number) {
  if (!IsQuad(number)) return false;
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

bool IsHostNameByte(char c) { return ascii::IsAlnum(c) || c == '-'; }

// True if a dashed quad at `begin` starts a host name, or a part of a label
// after a '-' ("dsl-082-083-227-067", "ec2-54-12-34-56"): not glued to
// letters, digits or dots before it.
bool StartsHostNamePart(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  char before = text[begin - 1];
  if (before == '-') return begin >= 2 && ascii::IsAlnum(text[begin - 2]);
  return !IsHostNameByte(before) && before != '_' && before != '.';
}

// True if the dashed quad is a part of a fully qualified host name, as
// reverse DNS names an ISP's customers ("customer-187-141-143-180-sta.
// uninet-ide.com.mx", "82-68-222-195.dsl.in-addr.zen.co.uk"): the name
// holds the address. A bare host name ("calvisitor-10-105-160-95",
// "ip-172-31-5-10") names a machine, and is kept.
bool IsHostNameAddress(std::string_view text, const DottedNumber& number) {
  if (!IsQuad(number) || !StartsHostNamePart(text, number.range.begin)) {
    return false;
  }
  size_t i = number.range.end;
  // The rest of its label ("-sta"), then a dot and the domain.
  if (i + 1 < text.size() && text[i] == '-' && ascii::IsAlpha(text[i + 1])) {
    while (i < text.size() && IsHostNameByte(text[i])) ++i;
  }
  return i + 1 < text.size() && text[i] == '.' && ascii::IsAlpha(text[i + 1]);
}

// Where scanning finds the first separator of each number of dotted (or
// dashed) groups with at least four parts of 1-3 digits: only those can be
// addresses.
struct Ipv4Steps {
  // Separators between digits followed by two more, each 2-4 bytes on.
  LOGVEIL_VECTOR_INLINE static Words Quads(const BlockView& v,
                                           ClassMask separator) {
    MaskPair digit = v.Pair(&ByteClasses::digit);
    MaskPair between = v.Pair(separator) & digit.Ahead(1);
    Words at = between.lo & v.Has(&ByteClasses::digit, -1);
    if (None(at)) return Words{};
    // `between` lacks the digit before each separator; those ahead have one.
    MaskPair next = between.Ahead(2) | between.Ahead(3) | between.Ahead(4);
    return at & next.lo & (next.Ahead(2).lo | next.Ahead(4).lo);
  }

  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    return Quads(v, &ByteClasses::dot) | Quads(v, &ByteClasses::dash);
  }

  // `at` may be any separator of its number: parsing starts at the
  // number's first digit, as a left-to-right scan would.
  static size_t Visit(std::string_view text, size_t at, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    const char separator = text[at];
    size_t begin = at;
    do {
      --begin;
      while (begin > 0 && ascii::IsDigit(text[begin - 1])) --begin;
    } while (begin >= 2 && text[begin - 1] == separator &&
             ascii::IsDigit(text[begin - 2]));
    // In a host name, digits glued to letters end a label ("ec2" in
    // "ec2-54-12-34-56"): the number starts after them.
    if (separator == '-' && begin > 0 && ascii::IsAlpha(text[begin - 1])) {
      while (ascii::IsDigit(text[begin])) ++begin;
      ++begin;
    }
    DottedNumber number = ParseDottedNumber(text, begin, separator);
    bool found = separator == '.' ? IsAddress(text, number)
                                  : IsHostNameAddress(text, number);
    if (found) out.push_back(number.range);
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
