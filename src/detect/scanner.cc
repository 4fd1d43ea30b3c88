#include "detect/scanner.h"

#include <cstring>

#include "detect/context_filter.h"
#include "detect/overlap.h"
#include "detect/reverse_dns.h"

namespace logveil::detect {
namespace {

// Returns the line of `text` that holds byte `at` (without its newline).
ByteRange LineAround(std::string_view text, size_t at) {
  const void* before = memrchr(text.data(), '\n', at);
  size_t begin =
      before ? static_cast<const char*>(before) - text.data() + 1 : 0;
  const void* newline = std::memchr(text.data() + at, '\n', text.size() - at);
  size_t end =
      newline ? static_cast<const char*>(newline) - text.data() : text.size();
  return {begin, end};
}

}  // namespace

Scanner::Scanner(const DetectorSet& detectors)
    : detectors_(detectors),
      scratch_(detectors.prefilter().MakeScratch()),
      done_until_(detectors.detectors().size()) {
  const auto& all = detectors.detectors();
  for (DetectorId id = 0; id < all.size(); ++id) {
    if (all[id].find == nullptr) continue;
    finder_ids_.push_back(id);
    // DetectorSet takes every `find` from the registry, so this is found.
    finders_.push_back(confirm::LookupFinder(all[id].find));
    finder_options_.push_back(&detectors.find_options(id));
  }
  finder_ranges_.resize(finders_.size());
}

void Scanner::Scan(std::string_view text, std::vector<Finding>& findings) {
  findings.clear();
  sql_lines_.clear();
  RunFinders(text, findings);
  RunRegexes(text, findings);
  ScanSqlValues(text, findings);
  ScanDecoded(text, findings);
  ApplyContext(detectors_.detectors(), text, findings);
  ResolveOverlaps(detectors_.detectors(), findings);
  DropAllowed(text, findings);
  MarkReverseDns(text, findings);
}

void Scanner::ScanSqlValues(std::string_view text,
                            std::vector<Finding>& findings) {
  if (sql_lines_.empty() || !sql_view_.Build(text, sql_lines_)) return;
  decoded_findings_.clear();
  RunFinders(sql_view_.text(), decoded_findings_);
  RunRegexes(sql_view_.text(), decoded_findings_);
  sql_view_.AppendMapped(decoded_findings_, findings);
}

void Scanner::ScanDecoded(std::string_view text,
                          std::vector<Finding>& findings) {
  size_t raw = findings.size();  // findings in the text as written
  for (Encoding family : DecodedView::kFamilies) {
    if (!view_.Build(text, family)) continue;
    decoded_findings_.clear();
    RunFinders(view_.text(), decoded_findings_);
    RunRegexes(view_.text(), decoded_findings_);
    size_t mapped = findings.size();
    view_.AppendMapped(decoded_findings_, findings);
    raw -= view_.DropSplitEscapes(findings, raw, mapped);
  }
}

void Scanner::DropAllowed(std::string_view text,
                          std::vector<Finding>& findings) {
  const AllowList& allow = detectors_.allow_list();
  if (allow.empty()) return;
  std::erase_if(findings, [&](const Finding& finding) {
    return allow.Allows(detectors_.detector(finding.detector).label,
                        view_.Value(finding, text));
  });
}

void Scanner::RunFinders(std::string_view text,
                         std::vector<Finding>& findings) {
  for (auto& ranges : finder_ranges_) ranges.clear();
  confirm::FindAll(finders_, text, finder_options_, finder_ranges_);
  for (size_t f = 0; f < finders_.size(); ++f) {
    for (const ByteRange& range : finder_ranges_[f]) {
      findings.push_back({finder_ids_[f], range});
    }
  }
}

void Scanner::RunRegexes(std::string_view text,
                         std::vector<Finding>& findings) {
  detectors_.prefilter().Scan(text, scratch_, matches_);
  if (matches_.empty()) return;
  std::fill(done_until_.begin(), done_until_.end(), 0);
  ByteRange line{1, 0};  // the line of the last match; none yet
  for (const PrefilterMatch& match : matches_) {
    // A match ends after its last byte; look at the line of that byte.
    size_t last = match.end > 0 ? match.end - 1 : 0;
    if (match.id == detectors_.sql_values_pattern()) {
      if (last < line.begin || last > line.end) line = LineAround(text, last);
      if (sql_lines_.empty() || sql_lines_.back().begin != line.begin) {
        sql_lines_.push_back(line);
      }
      continue;
    }
    // Detectors that share a prefilter (the '@' of e-mail, chat ids and
    // URL credentials) look at the same line one after another.
    for (DetectorId id : detectors_.sharing(match.id)) {
      if (match.end != 0 && last < done_until_[id]) continue;
      // The line's newline (line.end) belongs to it too, as LineAround
      // finds.
      if (last < line.begin || last > line.end) line = LineAround(text, last);
      done_until_[id] = line.end + 1;
      ExtractLine(text, id, line, findings);
    }
  }
}

void Scanner::ExtractLine(std::string_view text, DetectorId id, ByteRange line,
                          std::vector<Finding>& findings) {
  ranges_.clear();
  const Detector& detector = detectors_.detector(id);
  if (detector.fast_path == nullptr ||
      !detector.fast_path(line.In(text), ranges_)) {
    detectors_.extractor(id)->FindAll(line.In(text), ranges_);
  }
  validate::Validator validator = detector.validator;
  for (const ByteRange& range : ranges_) {
    ByteRange in_text{line.begin + range.begin, line.begin + range.end};
    if (validator(in_text.In(text))) findings.push_back({id, in_text});
  }
}

}  // namespace logveil::detect
