#include "text/text_scrubber.h"

#include "transform/apply.h"

namespace logveil::text {

TextScrubber::TextScrubber(const detect::DetectorSet& detectors,
                           const transform::ActionTable& actions)
    : scanner_(detectors), actions_(actions) {}

const std::vector<detect::Finding>& TextScrubber::Scan(std::string_view text) {
  scanner_.Scan(text, findings_);
  return findings_;
}

Outcome TextScrubber::Scrub(std::string_view text, std::string& out,
                            report::Stats& stats) {
  scanner_.Scan(text, findings_);
  if (findings_.empty()) {
    out.append(text);
    return Outcome::kUnchanged;
  }
  for (const auto& finding : findings_) stats.CountFinding(finding.detector);
  transform::AppendScrubbed(text, findings_, scanner_.detectors().detectors(),
                            actions_, out);
  return Outcome::kRewritten;
}

}  // namespace logveil::text
