// BatchScrubber: scrubs a batch of complete lines. The scanner runs once over
// the whole batch (nothing matches across a newline, so findings fall inside
// lines), and one splice copies runs of unchanged lines as single blocks.
// Batches holding JSON lines go to json::JsonScrubber instead, which scans
// their string values (and any text lines) in one call as well.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/scanner.h"
#include "json/json_scrubber.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::pipeline {

class BatchScrubber {
 public:
  // `detectors`, `actions` and `json` must outlive the scrubber. One per
  // thread. Without `json` rules every line is scrubbed as text.
  BatchScrubber(const detect::DetectorSet& detectors,
                const transform::ActionTable& actions,
                const json::JsonRules* json = nullptr,
                json::Format format = json::Format::kAuto);

  // Appends the scrubbed form of `lines` to `out`; counts bytes, rewritten
  // records and findings in `stats` (not records: the caller knows those).
  // `readable` bytes from lines.data() on may be read, so JSON lines can be
  // parsed in place (see json::Tokenizer::kPaddingBytes).
  void Scrub(std::string_view lines, std::string& out, report::Stats& stats,
             size_t readable = 0);

 private:
  void ScrubText(std::string_view lines, std::string& out,
                 report::Stats& stats);

  detect::Scanner scanner_;
  const transform::ActionTable& actions_;
  std::vector<detect::Finding> findings_;
  std::optional<json::JsonScrubber> json_;
};

}  // namespace logveil::pipeline
