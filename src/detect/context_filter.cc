#include "detect/context_filter.h"

namespace logveil::detect {
namespace {

// The widest gap between two findings judged as one group: ", ".
constexpr size_t kMaxGroupGapBytes = 2;

bool IsListGap(std::string_view gap) {
  if (gap.size() > kMaxGroupGapBytes) return false;
  for (char c : gap) {
    if (c != ',' && c != ';' && c != ' ') return false;
  }
  return true;
}

constexpr size_t kMaxHemisphereGapBytes = 5;  // " s / "

// A latitude's hemisphere letter and what joins it to the longitude, as
// the finder reads them (geo_dms.cc): " s ", " N, ", "s / ". Judged apart,
// a lower-case 's' after the first number reads as the unit seconds, and
// "33.8688 s, 151.2093 e" would keep its latitude in clear.
bool IsHemisphereGap(std::string_view gap) {
  if (gap.size() > kMaxHemisphereGapBytes) return false;  // most gaps
  auto skip = [&gap](std::string_view bytes) {
    if (!gap.empty() && bytes.find(gap.front()) != std::string_view::npos) {
      gap.remove_prefix(1);
    }
  };
  skip(" ");
  if (gap.empty() || (gap.front() != 's' && gap.front() != 'S' &&
                      gap.front() != 'n' && gap.front() != 'N')) {
    return false;
  }
  gap.remove_prefix(1);
  skip(" ");
  skip(",;/");
  skip(" ");
  return gap.empty();
}

bool IsGroupGap(std::string_view gap) {
  return IsListGap(gap) || IsHemisphereGap(gap);
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
