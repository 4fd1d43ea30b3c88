#include "detect/scanner.h"

#include "detect/overlap.h"

namespace logveil::detect {

Scanner::Scanner(const DetectorSet& detectors)
    : detectors_(detectors),
      scratch_(detectors.prefilter().MakeScratch()) {}

void Scanner::Scan(std::string_view text, std::vector<Finding>& findings) {
  findings.clear();
  RunFinders(text, findings);
  RunRegexes(text, findings);
  ResolveOverlaps(detectors_.detectors(), findings);
}

void Scanner::RunFinders(std::string_view text,
                         std::vector<Finding>& findings) {
  const auto& all = detectors_.detectors();
  for (DetectorId id = 0; id < all.size(); ++id) {
    if (all[id].find == nullptr) continue;
    ranges_.clear();
    all[id].find(text, detectors_.find_options(), ranges_);
    Collect(id, findings);
  }
}

void Scanner::RunRegexes(std::string_view text,
                         std::vector<Finding>& findings) {
  detectors_.prefilter().Candidates(text, scratch_, candidates_);
  for (unsigned id : candidates_) {
    ranges_.clear();
    detectors_.extractor(id)->FindAll(text, ranges_);
    validate::Validator validator = detectors_.detector(id).validator;
    size_t kept = 0;
    for (const ByteRange& range : ranges_) {
      if (validator(range.In(text))) ranges_[kept++] = range;
    }
    ranges_.resize(kept);
    Collect(id, findings);
  }
}

void Scanner::Collect(DetectorId id, std::vector<Finding>& findings) {
  for (const ByteRange& range : ranges_) findings.push_back({id, range});
}

}  // namespace logveil::detect
