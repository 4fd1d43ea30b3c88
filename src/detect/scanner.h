// Scanner: per-thread scanning state. Finds every sensitive value in a text,
// which may be one record or a whole chunk of lines (nothing matches across
// a newline): the finder detectors run their hand-written scans together, in
// one pass over the text's byte classes (confirm::FindAll); one Hyperscan
// pass marks the lines where a regex detector may match, and RE2 runs on
// those lines only; then the same detectors over the values of SQL INSERT
// statements under their columns' names (detect/sql_values_view.h) and
// over the decoded view of the lines that hold escapes
// (detect/decoded_view.h); then validators, the context filter (context
// words and look-alikes), overlap resolution and the allow-list.
#pragma once

#include <string_view>
#include <vector>

#include "detect/decoded_view.h"
#include "detect/detector_set.h"
#include "detect/finding.h"
#include "detect/sql_values_view.h"

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
  void ExtractLine(std::string_view text, DetectorId id, ByteRange line,
                   std::vector<Finding>& findings);
  // Adds the findings in the values of SQL INSERT statements, read under
  // their columns' names (the lines RunRegexes saw `values` on).
  void ScanSqlValues(std::string_view text, std::vector<Finding>& findings);
  // Adds the findings in what escaped parts of `text` mean.
  void ScanDecoded(std::string_view text, std::vector<Finding>& findings);
  // Removes findings the policy's allow-list keeps as they are.
  void DropAllowed(std::string_view text, std::vector<Finding>& findings);

  const DetectorSet& detectors_;
  // The finder detectors, run together in one pass over each text.
  std::vector<DetectorId> finder_ids_;
  std::vector<const confirm::Finder*> finders_;
  std::vector<const confirm::FindOptions*> finder_options_;
  std::vector<std::vector<ByteRange>> finder_ranges_;
  HyperscanPrefilter::Scratch scratch_;
  std::vector<PrefilterMatch> matches_;
  std::vector<size_t> done_until_;  // per regex detector: lines extracted
  std::vector<ByteRange> ranges_;
  DecodedView view_;
  std::vector<ByteRange> sql_lines_;
  SqlValuesView sql_view_;
  std::vector<Finding> decoded_findings_;
};

}  // namespace logveil::detect
