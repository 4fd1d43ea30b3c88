#include "text/long_line.h"

#include "transform/apply.h"

namespace logveil::text {
namespace {

// Returns the cut: the last space or tab in the first half of the holdback
// window (so context words such as "phone=" stay with their value), else the
// window start; moved left past any finding that straddles it.
size_t ChooseCut(std::string_view text,
                 const std::vector<detect::Finding>& findings) {
  size_t cut = text.size() - kLongLineHoldbackBytes;
  size_t limit = cut + kLongLineHoldbackBytes / 2;
  for (size_t i = limit; i > cut; --i) {
    if (text[i - 1] == ' ' || text[i - 1] == '\t') {
      cut = i;
      break;
    }
  }
  for (auto it = findings.rbegin(); it != findings.rend(); ++it) {
    if (it->range.begin < cut && it->range.end > cut) cut = it->range.begin;
  }
  return cut;
}

}  // namespace

size_t ScrubLongLineHead(TextScrubber& scrubber, std::string_view text,
                         std::string& out, report::Stats& stats) {
  const auto& findings = scrubber.Scan(text);
  size_t cut = ChooseCut(text, findings);
  std::vector<detect::Finding> head;
  for (const auto& finding : findings) {
    if (finding.range.end <= cut) {
      head.push_back(finding);
      stats.CountFinding(finding.detector);
    }
  }
  transform::AppendScrubbed(text.substr(0, cut), head,
                            scrubber.detectors().detectors(),
                            scrubber.actions(), out);
  return cut;
}

}  // namespace logveil::text
