// Number and identifier shapes: epoch values, UUIDs, digests, trace ids,
// versions, pod names. Time stamps are in look_alike_time.cc.
#include "detect/look_alike_shapes.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

#include "base/ascii.h"

namespace logveil::detect::shapes {
namespace {

// Unix seconds with ten digits start at 1000000000 (2001-09-09); 2040-01-01
// bounds what a log written today holds.
constexpr uint64_t kMinEpochSeconds = 1000000000;
constexpr uint64_t kMaxEpochSeconds = 2208988800;
constexpr size_t kEpochSecondDigits = 10;

// Trace and span ids are 64 or 128 bits: 16 or 32 hex digits, or up to 20
// decimal digits (Datadog); shorter ones are truncated renderings.
constexpr size_t kMinTraceIdChars = 8;
constexpr size_t kMaxTraceIdChars = 32;
constexpr size_t kMaxTraceKeyBytes = 24;
constexpr size_t kMaxTraceGlueBytes = 3;

// Kubernetes pod-template hashes and pod suffixes use this alphabet
// (k8s.io/apimachinery rand.SafeEncodeString): no vowels, no 0, 1 or 3.
constexpr ascii::ByteSet kKubeAlphabet("bcdfghjklmnpqrstvwxz2456789");
constexpr size_t kMinPodHashChars = 6;
constexpr size_t kMaxPodHashChars = 10;
constexpr size_t kPodSuffixChars = 5;

size_t HexRunEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && ascii::IsHexDigit(text[pos])) ++pos;
  return pos;
}

// A run of semver identifiers ("rc.1", "build.5-x") at `pos`.
size_t IdentifiersEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && (ascii::IsAlnum(text[pos]) || text[pos] == '-' ||
                               (text[pos] == '.' && pos + 1 < text.size() &&
                                ascii::IsAlnum(text[pos + 1])))) {
    ++pos;
  }
  return pos;
}

// A semver number: "0" or digits without a leading zero.
size_t VersionNumberEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && ascii::IsDigit(text[end])) ++end;
  if (end == pos || (text[pos] == '0' && end - pos > 1)) return 0;
  return end;
}

// True if `key` (lower-cased, '_', '-' and '.' dropped) names a trace or
// span id.
bool IsTraceKey(std::string_view key) {
  constexpr std::string_view kKeys[] = {
      "trace",     "traceid",         "span",        "spanid",
      "parentid",  "ddtraceid",       "ddspanid",    "xb3traceid",
      "xb3spanid", "xb3parentspanid", "parentspanid"};
  char buffer[kMaxTraceKeyBytes];
  size_t n = 0;
  for (char c : key) {
    if (c == '_' || c == '-' || c == '.') continue;
    buffer[n++] = ascii::ToLower(c);
  }
  std::string_view normal(buffer, n);
  return std::find(std::begin(kKeys), std::end(kKeys), normal) !=
         std::end(kKeys);
}

// Groups of exactly `lengths` hex digits joined by '-', ending a word.
size_t DashedHexEnd(std::string_view text, size_t begin,
                    std::initializer_list<size_t> lengths) {
  size_t pos = begin;
  for (size_t length : lengths) {
    if (pos != begin) {
      if (!CharAt(text, pos, '-')) return 0;
      ++pos;
    }
    if (HexRunEnd(text, pos) - pos != length) return 0;
    pos += length;
  }
  return EndsWord(text, pos) ? pos : 0;
}

// version-trace id-parent id-flags (W3C Trace Context).
size_t TraceparentEnd(std::string_view text, size_t begin) {
  return DashedHexEnd(text, begin, {2, 32, 16, 2});
}

size_t KeyedTraceIdEnd(std::string_view text, size_t begin) {
  // Every key starts with one of these: trace, span, parent, dd, x-b3.
  constexpr ascii::ByteSet kKeyStarts("tspdx");
  if (!kKeyStarts.Has(ascii::ToLower(text[begin]))) {
    return 0;
  }
  size_t key_end = begin;
  while (key_end < text.size() && key_end - begin < kMaxTraceKeyBytes &&
         (ascii::IsWordChar(text[key_end]) || text[key_end] == '-' ||
          text[key_end] == '.')) {
    ++key_end;
  }
  if (!IsTraceKey(text.substr(begin, key_end - begin))) return 0;
  size_t value = key_end;
  constexpr ascii::ByteSet kGlue("=: \"'");
  while (value < text.size() && value - key_end < kMaxTraceGlueBytes &&
         kGlue.Has(text[value])) {
    ++value;
  }
  if (value == key_end) return 0;
  size_t end = HexRunEnd(text, value);
  size_t length = end - value;
  if (length < kMinTraceIdChars || length > kMaxTraceIdChars) return 0;
  return EndsWord(text, end) ? end : 0;
}

bool IsKubeChar(char c) { return kKubeAlphabet.Has(c); }

}  // namespace

int DigitsAt(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (!ascii::IsDigit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool EndsWord(std::string_view text, size_t pos) {
  return pos >= text.size() || !ascii::IsAlnum(text[pos]);
}

size_t FractionEnd(std::string_view text, size_t mark) {
  constexpr size_t kMaxFractionDigits = 9;  // nanoseconds
  size_t end = mark + 1;
  while (end < text.size() && end - mark <= kMaxFractionDigits &&
         ascii::IsDigit(text[end])) {
    ++end;
  }
  return end == mark + 1 ? mark : end;
}

size_t EpochEnd(std::string_view text, size_t begin) {
  if (begin > 0 && text[begin - 1] == '.') return 0;  // a fraction
  size_t end = begin;
  while (end < text.size() && ascii::IsDigit(text[end])) ++end;
  size_t digits = end - begin;
  if (digits != 10 && digits != 13 && digits != 16 && digits != 19) return 0;
  uint64_t seconds = 0;
  for (size_t i = begin; i < begin + kEpochSecondDigits; ++i) {
    seconds = seconds * 10 + static_cast<uint64_t>(text[i] - '0');
  }
  if (seconds < kMinEpochSeconds || seconds > kMaxEpochSeconds) return 0;
  if (CharAt(text, end, '.')) end = FractionEnd(text, end);
  return EndsWord(text, end) ? end : 0;
}

size_t UuidEnd(std::string_view text, size_t begin) {
  return DashedHexEnd(text, begin, {8, 4, 4, 4, 12});
}

size_t HexEnd(std::string_view text, size_t begin) {
  size_t end = HexRunEnd(text, begin);
  switch (end - begin) {
    case 32:
    case 40:
    case 56:
    case 64:
    case 96:
    case 128:
      return EndsWord(text, end) ? end : 0;
    default:
      return 0;
  }
}

size_t TraceIdEnd(std::string_view text, size_t begin) {
  if (size_t end = TraceparentEnd(text, begin); end != 0) return end;
  return KeyedTraceIdEnd(text, begin);
}

size_t SemverEnd(std::string_view text, size_t begin) {
  // Part of a longer dotted number ("6.1.7601.17514") is no version.
  if (begin >= 2 && text[begin - 1] == '.' && ascii::IsDigit(text[begin - 2])) {
    return 0;
  }
  size_t pos = begin + (text[begin] == 'v' || text[begin] == 'V' ? 1 : 0);
  for (int part = 0; part < 3; ++part) {
    if (part > 0) {
      if (!CharAt(text, pos, '.')) return 0;
      ++pos;
    }
    pos = VersionNumberEnd(text, pos);
    if (pos == 0) return 0;
  }
  if (CharAt(text, pos, '.') && pos + 1 < text.size() &&
      ascii::IsDigit(text[pos + 1])) {
    return 0;  // a fourth part
  }
  for (char mark : {'-', '+'}) {
    if (CharAt(text, pos, mark) && pos + 1 < text.size() &&
        ascii::IsAlnum(text[pos + 1])) {
      pos = IdentifiersEnd(text, pos + 1);
    }
  }
  return EndsWord(text, pos) ? pos : 0;
}

size_t PodNameEnd(std::string_view text, size_t begin) {
  if (begin < 2 || text[begin - 1] != '-' || !ascii::IsAlnum(text[begin - 2])) {
    return 0;
  }
  size_t hash_end = begin;
  bool digit = false;
  while (hash_end < text.size() && IsKubeChar(text[hash_end])) {
    digit |= ascii::IsDigit(text[hash_end]);
    ++hash_end;
  }
  size_t hash = hash_end - begin;
  if (hash < kMinPodHashChars || hash > kMaxPodHashChars ||
      !CharAt(text, hash_end, '-')) {
    return 0;
  }
  size_t end = hash_end + 1;
  while (end < text.size() && end - hash_end - 1 < kPodSuffixChars &&
         IsKubeChar(text[end])) {
    digit |= ascii::IsDigit(text[end]);
    ++end;
  }
  if (end - hash_end - 1 != kPodSuffixChars || !digit) return 0;
  return EndsWord(text, end) ? end : 0;
}

}  // namespace logveil::detect::shapes
