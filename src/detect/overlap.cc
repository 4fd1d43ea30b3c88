#include "detect/overlap.h"

#include <algorithm>

namespace logveil::detect {

void ResolveOverlaps(const std::vector<Detector>& detectors,
                     std::vector<Finding>& findings) {
  if (findings.size() < 2) return;
  auto better = [&](const Finding& a, const Finding& b) {
    int pa = detectors[a.detector].priority;
    int pb = detectors[b.detector].priority;
    if (pa != pb) return pa > pb;
    if (a.range.size() != b.range.size()) return a.range.size() > b.range.size();
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.detector < b.detector;
  };
  std::sort(findings.begin(), findings.end(), better);
  // Texts are single records, so findings are few: a quadratic check
  // against the kept ones costs less than an interval tree.
  size_t kept = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    bool overlaps = false;
    for (size_t k = 0; k < kept && !overlaps; ++k) {
      overlaps = findings[k].range.Overlaps(findings[i].range);
    }
    if (!overlaps) findings[kept++] = findings[i];
  }
  findings.resize(kept);
  std::sort(findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) {
              return a.range.begin < b.range.begin;
            });
}

}  // namespace logveil::detect
