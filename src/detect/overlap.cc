#include "detect/overlap.h"

#include <algorithm>

namespace logveil::detect {
namespace {

// Drops the findings in the text as written that lie inside a longer one
// of the decoded view: they took part of an escape for text (the digits
// after the ';' of "&#43;") and lose whatever their priority. Returns the
// new end.
Finding* DropInsideDecoded(Finding* first, Finding* last) {
  Finding* raw = std::partition(first, last, [](const Finding& finding) {
    return finding.encoding != Encoding::kNone;
  });
  return std::remove_if(raw, last, [&](const Finding& finding) {
    return std::any_of(first, raw, [&](const Finding& decoded) {
      return decoded.range.begin <= finding.range.begin &&
             finding.range.end <= decoded.range.end &&
             !(decoded.range == finding.range);
    });
  });
}

// Widens kept findings over the bytes of the dropped ones that stick out of
// them, so that no byte a detector found goes out in clear: "sip:+1415...
// @host" is an e-mail address from '1' and a phone number from '+', and the
// '+' joins the address. A dropped finding that overlaps two kept ones
// widens neither (they would overlap); one inside a kept one changes
// nothing.
void Widen(Finding* kept, Finding* dropped, Finding* last) {
  for (Finding* d = dropped; d != last; ++d) {
    Finding* k = std::find_if(kept, dropped, [&](const Finding& f) {
      return f.range.Overlaps(d->range);
    });
    if (k == dropped) continue;
    ByteRange wide{std::min(k->range.begin, d->range.begin),
                   std::max(k->range.end, d->range.end)};
    bool clear = std::none_of(kept, dropped, [&](const Finding& f) {
      return &f != k && f.range.Overlaps(wide);
    });
    if (clear) k->range = wide;
  }
}

// Resolves one cluster (findings linked by overlaps) in place: keeps the
// best, drops what overlaps a kept one, repeats. Returns how many it kept,
// moved to the front of the cluster.
size_t ResolveCluster(const std::vector<Detector>& detectors, Finding* first,
                      Finding* last) {
  last = DropInsideDecoded(first, last);
  auto better = [&](const Finding& a, const Finding& b) {
    int pa = detectors[a.detector].priority;
    int pb = detectors[b.detector].priority;
    if (pa != pb) return pa > pb;
    // Longer first even against a decoded finding: a raw match that takes
    // escapes as literal bytes (a PEM key with "\n" in it) must not shrink.
    if (a.range.size() != b.range.size())
      return a.range.size() > b.range.size();
    // On the same bytes, the finding that knows their encoding.
    bool da = a.encoding != Encoding::kNone;
    bool db = b.encoding != Encoding::kNone;
    if (da != db) return da;
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.detector < b.detector;
  };
  std::sort(first, last, better);
  // Clusters are small (overlaps are local), so a quadratic check is cheap.
  size_t kept = 0;
  for (Finding* f = first; f != last; ++f) {
    bool overlaps = false;
    for (size_t k = 0; k < kept && !overlaps; ++k) {
      overlaps = first[k].range.Overlaps(f->range);
    }
    if (!overlaps) {
      std::swap(first[kept++], *f);  // the dropped stay behind, for Widen
    }
  }
  Widen(first, first + kept, last);
  return kept;
}

// A lambda, not a function: std::sort then inlines the comparison instead
// of calling through a pointer (a chunk sorts thousands of findings).
constexpr auto ByPosition = [](const Finding& a, const Finding& b) {
  if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
  return a.range.end < b.range.end;
};

// Sorts `findings` by position. They come as sorted runs (each finder's,
// then the regex detectors' line by line), so merging neighbouring runs
// until one is left costs n log(runs) comparisons, not n log n: a text
// run spent ~1.3 % of its time in std::sort here.
void SortByPosition(std::vector<Finding>& findings) {
  thread_local std::vector<size_t> starts, merged;
  thread_local std::vector<Finding> scratch;
  starts.assign(1, 0);
  for (size_t i = 1; i < findings.size(); ++i) {
    if (ByPosition(findings[i], findings[i - 1])) starts.push_back(i);
  }
  // Many short runs: merging would take more passes than sorting.
  if (starts.size() > 64) {
    std::sort(findings.begin(), findings.end(), ByPosition);
    return;
  }
  starts.push_back(findings.size());
  scratch.resize(findings.size());
  while (starts.size() > 2) {
    merged.assign(1, 0);
    for (size_t r = 0; r + 1 < starts.size(); r += 2) {
      size_t mid = starts[r + 1];
      size_t end = r + 2 < starts.size() ? starts[r + 2] : mid;
      std::merge(findings.begin() + starts[r], findings.begin() + mid,
                 findings.begin() + mid, findings.begin() + end,
                 scratch.begin() + starts[r], ByPosition);
      merged.push_back(end);
    }
    findings.swap(scratch);
    starts.swap(merged);
  }
}

}  // namespace

void ResolveOverlaps(const std::vector<Detector>& detectors,
                     std::vector<Finding>& findings) {
  if (findings.size() < 2) return;
  // Texts may be whole chunks with thousands of findings: sort by position,
  // cut into clusters of transitively overlapping findings, and resolve each
  // cluster alone. O(n log n) overall.
  SortByPosition(findings);
  size_t out = 0;
  size_t start = 0;
  while (start < findings.size()) {
    size_t end = start + 1;
    size_t reach = findings[start].range.end;
    while (end < findings.size() && findings[end].range.begin < reach) {
      reach = std::max(reach, findings[end].range.end);
      ++end;
    }
    size_t kept = end - start == 1
                      ? 1
                      : ResolveCluster(detectors, &findings[start],
                                       &findings[start] + (end - start));
    std::sort(&findings[start], &findings[start] + kept, ByPosition);
    for (size_t i = 0; i < kept; ++i) findings[out++] = findings[start + i];
    start = end;
  }
  findings.resize(out);
}

}  // namespace logveil::detect
