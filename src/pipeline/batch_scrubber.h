// BatchScrubber: scrubs a batch of complete lines. The scanner runs once over
// the whole batch (nothing matches across a newline, so findings fall inside
// lines), and one splice copies runs of unchanged lines as single blocks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/scanner.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::pipeline {

class BatchScrubber {
 public:
  // `detectors` and `actions` must outlive the scrubber. One per thread.
  BatchScrubber(const detect::DetectorSet& detectors,
                const transform::ActionTable& actions);

  // Appends the scrubbed form of `lines` to `out`; counts bytes, rewritten
  // records and findings in `stats` (not records: the caller knows those).
  void Scrub(std::string_view lines, std::string& out, report::Stats& stats);

 private:
  detect::Scanner scanner_;
  const transform::ActionTable& actions_;
  std::vector<detect::Finding> findings_;
};

}  // namespace logveil::pipeline
