// DetectorSet: every selected PatternSpec compiled, plus the Hyperscan
// database of the regex detectors. Built once at start-up, immutable, shared
// by all threads; each thread scans through its own Scanner.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/pattern_spec.h"
#include "confirm/finder.h"
#include "detect/allow_list.h"
#include "detect/detector.h"
#include "detect/hyperscan_prefilter.h"
#include "regex/lazy_regex.h"
#include "regex/regex.h"

namespace logveil::detect {

class DetectorSet {
 public:
  // Compiles `specs` (ids unique). Fails with the spec's origin on an
  // unknown finder or validator, or a regex either engine rejects.
  static Result<DetectorSet> Compile(
      std::span<const catalog::PatternSpec* const> specs,
      confirm::FindOptions options);

  const std::vector<Detector>& detectors() const { return detectors_; }
  const Detector& detector(DetectorId id) const { return detectors_[id]; }
  // Returns the id of the detector named `id`, or -1.
  int IndexOf(std::string_view id) const;

  const confirm::FindOptions& find_options() const { return options_; }
  // The options finder detector `id` runs with: find_options() and the
  // detector's context words.
  const confirm::FindOptions& find_options(DetectorId id) const {
    return finder_options_[id];
  }
  const HyperscanPrefilter& prefilter() const { return prefilter_; }
  // The regex detectors whose prefilter is Hyperscan pattern `id` of
  // prefilter(), in ascending order. Detectors with the same prefilter
  // share one pattern (the '@' of e-mails, chat ids and URL credentials):
  // Hyperscan then reports each place once, not once per detector.
  std::span<const DetectorId> sharing(unsigned id) const {
    return prefilter_detectors_[id];
  }
  // The Hyperscan pattern of prefilter() that marks the lines a SQL values
  // view is built from (detect/sql_values_view.h); no detector shares it.
  unsigned sql_values_pattern() const { return sql_values_pattern_; }
  // Findings the policy leaves alone; empty unless set.
  const AllowList& allow_list() const { return allow_list_; }
  // Sets the allow-list. Call before sharing the set between threads.
  void set_allow_list(AllowList allow_list) {
    allow_list_ = std::move(allow_list);
  }

  // The RE2 program of regex detector `id` (null for finder detectors),
  // compiled on first use.
  const regex::Regex* extractor(DetectorId id) const;

 private:
  DetectorSet() = default;
  Status Add(const catalog::PatternSpec& spec,
             std::vector<PrefilterPattern>& regexes);
  // Adds `prefilter` for detector `id` to `regexes`, or `id` to the
  // detectors of the same prefilter already there.
  void AddPrefilter(const std::string& prefilter, DetectorId id,
                    std::vector<PrefilterPattern>& regexes);

  // A regex detector's RE2 source and program; in a unique_ptr, so that
  // the program's view of the source stays valid.
  struct Extractor {
    Extractor(std::string regex, int capture)
        : source(std::move(regex)), program(source, capture) {}
    std::string source;
    regex::LazyRegex program;
  };

  std::vector<Detector> detectors_;
  std::vector<std::unique_ptr<Extractor>> extractors_;
  HyperscanPrefilter prefilter_{HyperscanPrefilter::Compile({}).value()};
  std::vector<std::vector<DetectorId>> prefilter_detectors_;  // by pattern
  unsigned sql_values_pattern_ = 0;
  confirm::FindOptions options_;
  std::vector<confirm::FindOptions> finder_options_;  // by detector id
  AllowList allow_list_;
};

}  // namespace logveil::detect
