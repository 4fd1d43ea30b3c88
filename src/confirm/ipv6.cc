#include "confirm/ipv6.h"

#include <cstdint>
#include <cstring>

#include "base/ascii.h"
#include "confirm/finder_steps.h"
#include "validate/ipv6_address.h"

namespace logveil::confirm {
namespace {

// INET6_ADDRSTRLEN - 1: the longest text form, six groups and a quad.
constexpr size_t kMaxAddressBytes = 45;
constexpr int kMaxGroups = 8;
// Without "::" an address has 8 groups, or 6 groups and a dotted quad.
constexpr int kFullColons = 7;
constexpr int kFullColonsWithQuad = 6;
constexpr size_t kByteDumpGroupDigits = 2;
constexpr size_t kMaxPortDigits = 5;

bool IsAddressByte(char c) {
  return ascii::IsHexDigit(c) || c == ':' || c == '.';
}

// RFC 6874 allows unreserved URI characters in a zone id ("eth0", "pvc1.3").
bool IsZoneByte(char c) {
  return ascii::IsAlnum(c) || c == '_' || c == '.' || c == '-' || c == '~';
}

bool IsSingleColon(std::string_view text, size_t i) {
  return text[i] == ':' && (i == 0 || text[i - 1] != ':') &&
         (i + 1 >= text.size() || text[i + 1] != ':');
}

// Drops the bytes around a run that belong to the sentence, not the
// address: dots ("at fe80::1."), and a lone colon ("ip:2001:db8::1",
// "from 2001:db8::1: refused").
ByteRange TrimRun(std::string_view text, ByteRange run) {
  while (run.begin < run.end && text[run.begin] == '.') ++run.begin;
  while (run.end > run.begin && text[run.end - 1] == '.') --run.end;
  if (run.size() >= 2 && IsSingleColon(text, run.begin)) ++run.begin;
  if (run.size() >= 2 && IsSingleColon(text, run.end - 1)) --run.end;
  return run;
}

// Moves the start of a run that is glued to a word past the key's tail:
// one colon after hex letters ("src:fe80::1", "interface:fe80::1") or after
// one digit ("ipv6:2001:db8::1"). A longer glued number is the first group
// of a glued address ("text2001:db8::1"), and a glued "::" is a scope
// operator ("std::cout", "Foo::Bar"): both are rejected.
bool SeparateFromWord(std::string_view text, ByteRange& run) {
  if (run.begin == 0 || !ascii::IsWordChar(text[run.begin - 1])) return true;
  size_t colon = run.begin;
  bool has_digit = false;
  while (colon < run.end && ascii::IsHexDigit(text[colon])) {
    has_digit |= ascii::IsDigit(text[colon]);
    ++colon;
  }
  if (colon == run.end || !IsSingleColon(text, colon)) return false;
  if (has_digit && colon - run.begin > 1) return false;
  run.begin = colon + 1;
  return true;
}

// What the shape rules read from a candidate, in one pass over it.
struct Layout {
  int colons = 0;
  int groups = 0;  // non-empty groups between colons
  size_t last_colon = 0;
  bool mixed_case = false;          // a group with both a-f and A-F
  bool all_byte_groups = true;      // every group, empty ones too, has 2 digits
  bool compressed = false;          // holds "::"
  bool dotted = false;              // holds '.'
  bool decimal = false;             // holds a digit 0-9
  bool last_group_letters = false;  // a-f or A-F after the last colon
};

Layout ReadLayout(std::string_view candidate) {
  Layout layout;
  size_t group_begin = 0;
  bool lower = false;
  bool upper = false;
  for (size_t i = 0; i <= candidate.size(); ++i) {
    bool end = i == candidate.size();
    char c = end ? ':' : candidate[i];
    if (c != ':') {
      lower |= c >= 'a' && c <= 'f';
      upper |= c >= 'A' && c <= 'F';
      layout.decimal |= ascii::IsDigit(c);
      layout.dotted |= c == '.';
      continue;
    }
    size_t size = i - group_begin;
    layout.mixed_case |= lower && upper;
    layout.groups += size > 0;
    layout.all_byte_groups &= size == kByteDumpGroupDigits;
    if (end) {
      layout.last_group_letters = lower || upper;
    } else {
      layout.compressed |= i > 0 && candidate[i - 1] == ':';
      ++layout.colons;
      layout.last_colon = i;
    }
    lower = upper = false;
    group_begin = i + 1;
  }
  return layout;
}

// Java's InetSocketAddress prints "/0:0:0:0:0:0:0:1:2181": eight full
// groups and a decimal port, without brackets. True if `candidate` ends
// in such a port, which stays in clear like the one in "[v6]:port".
bool HasUnbracketedPort(std::string_view candidate, const Layout& layout) {
  size_t port = candidate.size() - layout.last_colon - 1;
  return !layout.compressed && !layout.dotted &&
         layout.colons == kFullColons + 1 && port >= 1 &&
         port <= kMaxPortDigits && !layout.last_group_letters;
}

// Cheap structural tests that reject most colon runs (times, MACs, byte
// dumps, identifiers) before the address is parsed.
bool HasAddressShape(std::string_view candidate, const Layout& layout) {
  if (candidate.size() < 2) return false;
  // "Cafe::Bad" is an identifier; addresses keep one case per group.
  if (layout.mixed_case) return false;
  if (layout.colons < 2 || layout.groups > kMaxGroups) return false;
  // "a::b", "dead::beef": C++ scopes spelled in hex letters, with a name on
  // both sides. Real addresses with groups on both sides of "::" carry a
  // decimal digit somewhere (fe80::1, 2001:db8::a); "::" and "::abef" stay.
  if (layout.compressed) {
    bool inner = !candidate.starts_with("::") && !candidate.ends_with("::");
    return !inner || layout.decimal;
  }
  // Eight 2-digit groups are a byte dump (EUI-64, WWN, a fingerprint's head).
  if (layout.colons == kFullColons) return !layout.all_byte_groups;
  return layout.colons == kFullColonsWithQuad && layout.dotted;
}

// RFC 4007 section 6: zone ids qualify non-global addresses only.
bool IsScoped(const uint8_t (&bytes)[16]) {
  bool link_or_site_local = bytes[0] == 0xfe && (bytes[1] & 0x80) != 0;
  bool multicast = bytes[0] == 0xff;
  static constexpr uint8_t kLoopback[16] = {0, 0, 0, 0, 0, 0, 0, 0,
                                            0, 0, 0, 0, 0, 0, 0, 1};
  bool loopback = std::memcmp(bytes, kLoopback, sizeof(kLoopback)) == 0;
  return link_or_site_local || multicast || loopback;
}

// Returns the end of the zone id after `end` ("%eth0"), or `end`.
size_t ZoneEnd(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != '%') return end;
  size_t zone_end = end + 1;
  while (zone_end < text.size() && IsZoneByte(text[zone_end])) ++zone_end;
  while (zone_end > end + 1 && !ascii::IsAlnum(text[zone_end - 1])) {
    --zone_end;
  }
  return zone_end > end + 1 ? zone_end : end;
}

// A bare "::" between blanks separates fields ("INFO :: started") or
// annotates types ("x :: Int"); it is not the unspecified address. The start
// of a line counts as a blank, in a whole chunk as in a single record.
bool IsBareSeparator(std::string_view text, ByteRange range) {
  if (range.In(text) != "::") return false;
  bool blank_before = range.begin == 0 ||
                      ascii::IsBlank(text[range.begin - 1]) ||
                      text[range.begin - 1] == '\n';
  bool blank_after = range.end < text.size() && ascii::IsBlank(text[range.end]);
  return blank_before && blank_after;
}

// Returns the finding for the maximal run of address bytes `run`, or an
// empty range.
ByteRange ConfirmRun(std::string_view text, ByteRange run) {
  run = TrimRun(text, run);
  if (!SeparateFromWord(text, run)) return {};
  // Longer runs hold no address, with or without a port: eight groups and
  // a port take at most 39 + 6 bytes.
  if (run.size() > kMaxAddressBytes) return {};
  Layout layout = ReadLayout(run.In(text));
  if (HasUnbracketedPort(run.In(text), layout)) {
    run.end = run.begin + layout.last_colon;
    layout = ReadLayout(run.In(text));
  }
  std::string_view candidate = run.In(text);
  uint8_t bytes[16];
  if (!HasAddressShape(candidate, layout) ||
      !validate::ParseIpv6Address(candidate, bytes)) {
    return {};
  }
  size_t zone_end = ZoneEnd(text, run.end);
  if (zone_end != run.end && IsScoped(bytes)) run.end = zone_end;
  if (run.end < text.size() && ascii::IsWordChar(text[run.end])) return {};
  if (IsBareSeparator(text, run)) return {};
  return run;
}

// Every address has "::" or at least six colons; most colon runs in logs
// (times, "host:port", MACs) have neither and need no closer look.
bool MayHoldAddress(std::string_view run) {
  int colons = 0;
  for (size_t i = 0; i < run.size(); ++i) {
    if (run[i] != ':') continue;
    if (i + 1 < run.size() && run[i + 1] == ':') return true;
    ++colons;
  }
  return colons >= kFullColonsWithQuad;
}

// Where scanning finds a colon of "::", or the first of six colons each
// 2-5 bytes after the one before (groups of 1-4 hex digits). Every address
// has one of these (MayHoldAddress), and a visit at any colon of a run
// confirms the whole run, so the colons left out (times "10:30:00",
// "[10/Oct/2023:01:07:16", "host:port", MACs) are those of runs that hold
// no address.
struct Ipv6Steps {
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    MaskPair colon = v.Pair(&ByteClasses::colon);
    if (None(colon.lo)) return Words{};
    Words double_colon =
        colon.lo & (colon.Ahead(1).lo | v.Has(&ByteClasses::colon, -1));
    auto within_2_to_5 = [](MaskPair m) LOGVEIL_VECTOR_LAMBDA {
      return m.Ahead(2) | m.Ahead(3) | m.Ahead(4) | m.Ahead(5);
    };
    // Colons that start a chain of 2, 3, ... colons; 25 bytes ahead at most.
    static_assert(kFullColonsWithQuad == 6);
    MaskPair chain = colon;
    for (int colons = 2; colons <= kFullColonsWithQuad; ++colons) {
      chain = colon & within_2_to_5(chain);
    }
    return double_colon | chain.lo;
  }

  // Confirms the maximal run of address bytes around `colon` that starts
  // at `pos` or later.
  static size_t Visit(std::string_view text, size_t colon, size_t pos,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    ByteRange run{colon, colon + 1};
    while (run.begin > pos && IsAddressByte(text[run.begin - 1])) --run.begin;
    while (run.end < text.size() && IsAddressByte(text[run.end])) ++run.end;
    if (!MayHoldAddress(run.In(text))) return run.end;
    ByteRange finding = ConfirmRun(text, run);
    if (finding.size() == 0) return run.end;
    out.push_back(finding);
    return finding.end;
  }
};

}  // namespace

const FinderSteps kIpv6Steps = kStepsOf<Ipv6Steps>;

void FindIpv6(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out) {
  RunFinderSteps(kIpv6Steps, text, options, out);
}

}  // namespace logveil::confirm
