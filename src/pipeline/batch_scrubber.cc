#include "pipeline/batch_scrubber.h"

#include <cstring>

#include "transform/apply.h"

namespace logveil::pipeline {
namespace {

// Counts the lines that hold at least one of `findings` (sorted).
uint64_t CountRewrittenLines(std::string_view lines,
                             const std::vector<detect::Finding>& findings) {
  uint64_t rewritten = 0;
  size_t line_end = 0;  // end of the last line counted
  for (const auto& finding : findings) {
    if (rewritten > 0 && finding.range.begin < line_end) continue;
    ++rewritten;
    const void* newline = std::memchr(lines.data() + finding.range.begin, '\n',
                                      lines.size() - finding.range.begin);
    line_end = newline ? static_cast<const char*>(newline) - lines.data()
                       : lines.size();
  }
  return rewritten;
}

}  // namespace

BatchScrubber::BatchScrubber(const detect::DetectorSet& detectors,
                             const transform::ActionTable& actions,
                             const json::JsonRules* json, json::Format format)
    : scanner_(detectors), actions_(actions) {
  if (json && format != json::Format::kText) {
    json_.emplace(detectors, actions, *json, format);
  }
}

void BatchScrubber::Scrub(std::string_view lines, std::string& out,
                          report::Stats& stats, size_t readable) {
  size_t before = out.size();
  if (json_ && json_->Wants(lines)) {
    json_->Scrub(lines, readable, out, stats);
  } else {
    ScrubText(lines, out, stats);
  }
  stats.bytes_in += lines.size();
  stats.bytes_out += out.size() - before;
}

void BatchScrubber::ScrubText(std::string_view lines, std::string& out,
                              report::Stats& stats) {
  scanner_.Scan(lines, findings_);
  if (findings_.empty()) {
    out.append(lines);
  } else {
    for (const auto& finding : findings_) stats.CountFinding(finding.detector);
    stats.records_rewritten += CountRewrittenLines(lines, findings_);
    transform::AppendScrubbed(lines, findings_,
                              scanner_.detectors().detectors(), actions_, out);
  }
}

}  // namespace logveil::pipeline
