// Scanner: per-thread scanning state. Finds every sensitive value in a text:
// finder detectors run their hand-written scan, regex detectors run RE2 only
// when the Hyperscan prefilter says they may match; then validators, then
// overlap resolution.
#pragma once

#include <string_view>
#include <vector>

#include "detect/detector_set.h"
#include "detect/finding.h"

namespace logveil::detect {

class Scanner {
 public:
  // `detectors` must outlive this Scanner. Not thread-safe: one per thread.
  explicit Scanner(const DetectorSet& detectors);

  // Replaces the contents of `findings` with the non-overlapping findings in
  // `text`, sorted by range.begin. Reuses `findings`' capacity.
  void Scan(std::string_view text, std::vector<Finding>& findings);

  const DetectorSet& detectors() const { return detectors_; }

 private:
  void RunFinders(std::string_view text, std::vector<Finding>& findings);
  void RunRegexes(std::string_view text, std::vector<Finding>& findings);
  void Collect(DetectorId id, std::vector<Finding>& findings);

  const DetectorSet& detectors_;
  HyperscanPrefilter::Scratch scratch_;
  std::vector<unsigned> candidates_;
  std::vector<ByteRange> ranges_;
};

}  // namespace logveil::detect
