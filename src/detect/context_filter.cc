#include "detect/context_filter.h"

namespace logveil::detect {
namespace {

// The widest gap between two findings judged as one group: ", ".
constexpr size_t kMaxGroupGapBytes = 2;

bool IsGroupGap(std::string_view gap) {
  if (gap.size() > kMaxGroupGapBytes) return false;
  for (char c : gap) {
    if (c != ',' && c != ';' && c != ' ') return false;
  }
  return true;
}

// The end of the group of findings that starts at `first`.
size_t GroupEnd(std::string_view text, const std::vector<Finding>& findings,
                size_t first) {
  size_t end = first + 1;
  while (end < findings.size() &&
         findings[end].detector == findings[first].detector &&
         findings[end].range.begin >= findings[end - 1].range.end &&
         IsGroupGap(text.substr(
             findings[end - 1].range.end,
             findings[end].range.begin - findings[end - 1].range.end))) {
    ++end;
  }
  return end;
}

}  // namespace

void ApplyContext(std::span<const Detector> detectors, std::string_view text,
                  std::vector<Finding>& findings) {
  size_t kept = 0;
  for (size_t first = 0; first < findings.size();) {
    size_t end = GroupEnd(text, findings, first);
    const Detector& detector = detectors[findings[first].detector];
    confirm::ContextVerdict verdict = detector.context.Judge(
        text, {findings[first].range.begin, findings[end - 1].range.end});
    LookAlikeSet look_alikes = detector.look_alikes;
    if (verdict == confirm::ContextVerdict::kBoost) {
      look_alikes = look_alikes.Without(LookAlike::kEpoch);
    }
    for (size_t i = first; i < end; ++i) {
      if (verdict == confirm::ContextVerdict::kSuppress ||
          FindLookAlike(text, findings[i].range, look_alikes)) {
        continue;
      }
      findings[kept++] = findings[i];
    }
    first = end;
  }
  findings.resize(kept);
}

}  // namespace logveil::detect
