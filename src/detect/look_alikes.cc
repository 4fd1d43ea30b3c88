#include "detect/look_alikes.h"

#include <algorithm>
#include <cstring>

#include "base/ascii.h"
#include "detect/look_alike_shapes.h"

namespace logveil::detect {
namespace {

using ShapeEnd = size_t (*)(std::string_view text, size_t begin);

// Indexed by LookAlike.
constexpr ShapeEnd kShapes[kLookAlikeKinds] = {
    &shapes::TimestampEnd, &shapes::EpochEnd,   &shapes::UuidEnd,
    &shapes::HexEnd,       &shapes::TraceIdEnd, &shapes::SemverEnd,
    &shapes::PodNameEnd};
constexpr std::string_view kNames[kLookAlikeKinds] = {
    "timestamp", "epoch", "uuid", "hex", "trace_id", "semver", "pod_name"};

// Time stamps ("Oct 10 01:07:16") and keyed trace ids ("spanId: \"5c1...")
// may hold a space; no such shape is longer than this. Every other shape
// lies in the run of non-blank bytes that holds the value's first byte.
constexpr size_t kMaxSpacedShapeBytes = 40;

// True if a word starts at `pos`: a letter or digit after a byte that is
// neither. Every shape starts there.
bool IsWordStart(std::string_view text, size_t pos) {
  return ascii::IsAlnum(text[pos]) &&
         (pos == 0 || !ascii::IsAlnum(text[pos - 1]));
}

}  // namespace

std::optional<LookAlike> ParseLookAlike(std::string_view name) {
  for (int kind = 0; kind < kLookAlikeKinds; ++kind) {
    if (kNames[kind] == name) return static_cast<LookAlike>(kind);
  }
  return std::nullopt;
}

std::optional<LookAlikeSpan> FindLookAlike(std::string_view text,
                                           ByteRange value,
                                           LookAlikeSet kinds) {
  if (kinds.empty()) return std::nullopt;
  size_t from = value.begin > kLookBackBytes ? value.begin - kLookBackBytes : 0;
  if (const void* newline =
          memrchr(text.data() + from, '\n', value.begin - from)) {
    from =
        static_cast<size_t>(static_cast<const char*>(newline) - text.data()) +
        1;
  }
  size_t run = value.begin;
  while (run > from && !ascii::IsBlank(text[run - 1])) --run;
  LookAlikeSet spaced;
  for (LookAlike kind : {LookAlike::kTimestamp, LookAlike::kTraceId}) {
    if (kinds.Has(kind)) spaced.Add(kind);
  }
  if (value.begin > kMaxSpacedShapeBytes + from) {
    from = value.begin - kMaxSpacedShapeBytes;
  }
  for (size_t begin = std::min(from, run); begin < value.end; ++begin) {
    if (!IsWordStart(text, begin)) continue;
    LookAlikeSet here = begin < run ? spaced : kinds;
    for (int k = 0; k < kLookAlikeKinds; ++k) {
      auto kind = static_cast<LookAlike>(k);
      if (!here.Has(kind)) continue;
      size_t end = kShapes[k](text, begin);
      // A finding that holds the whole look-alike and more ("+49 800
      // 1234567890" around an epoch-like group) is not claimed by it.
      bool holds = begin >= value.begin && end <= value.end &&
                   end - begin < value.size();
      if (end > value.begin && !holds) {
        return LookAlikeSpan{kind, {begin, end}};
      }
    }
  }
  return std::nullopt;
}

}  // namespace logveil::detect
