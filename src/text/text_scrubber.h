// TextScrubber: scrubs one plain-text record: scan, then splice the actions'
// replacements into a copy. A record without findings is copied unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/scanner.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::text {

enum class Outcome { kUnchanged, kRewritten };

class TextScrubber {
 public:
  // `detectors` and `actions` must outlive the scrubber. One per thread.
  TextScrubber(const detect::DetectorSet& detectors,
               const transform::ActionTable& actions);

  // Appends `text`, scrubbed, to `out` and counts findings in `stats`.
  Outcome Scrub(std::string_view text, std::string& out, report::Stats& stats);

  // Scans `text` without writing; the findings stay valid until the next
  // call. Used to pick a safe cut point in oversized lines.
  const std::vector<detect::Finding>& Scan(std::string_view text);

  const detect::DetectorSet& detectors() const { return scanner_.detectors(); }
  const transform::ActionTable& actions() const { return actions_; }

 private:
  detect::Scanner scanner_;
  const transform::ActionTable& actions_;
  std::vector<detect::Finding> findings_;
};

}  // namespace logveil::text
