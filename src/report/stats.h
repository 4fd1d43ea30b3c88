// Stats: counters of one run, merged across threads and printed by
// `--stats`. Only counts and sizes: never a matched value.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "detect/detector.h"

namespace logveil::report {

struct Stats {
  uint64_t records = 0;
  uint64_t records_rewritten = 0;
  uint64_t bytes_in = 0;
  uint64_t bytes_out = 0;
  std::vector<uint64_t> findings;  // indexed by detect::DetectorId
  // JSON values redacted or hashed whole by a field rule, indexed by rule.
  std::vector<uint64_t> field_rules;
  uint64_t json_records = 0;    // lines scrubbed as JSON documents
  uint64_t json_fallbacks = 0;  // lines meant as JSON scrubbed as text
  uint64_t json_too_deep = 0;   // documents or strings over max_depth
  double seconds = 0;

  // Adds `other`'s counters to these (seconds are not added).
  void Merge(const Stats& other);
  void CountFinding(uint32_t detector) { CountAt(findings, detector); }
  void CountFieldRule(uint32_t rule) { CountAt(field_rules, rule); }

 private:
  // Adds one to counts[index], growing `counts` to reach it.
  static void CountAt(std::vector<uint64_t>& counts, uint32_t index) {
    if (index >= counts.size()) counts.resize(index + 1);
    ++counts[index];
  }
};

// The labels of the JSON field rules, by rule index: a value a rule
// redacted whole counts as a finding of the rule's label.
using FieldLabels = std::vector<std::string>;

// Returns the nonzero finding counts summed per label, sorted by label.
std::map<std::string, uint64_t> FindingsByLabel(
    const Stats& stats, const std::vector<detect::Detector>& detectors,
    const FieldLabels& field_labels = {});

// Renders `stats` as aligned text lines; findings are summed per label.
std::string FormatText(const Stats& stats,
                       const std::vector<detect::Detector>& detectors,
                       const FieldLabels& field_labels = {});
// Renders `stats` as one JSON object.
std::string FormatJson(const Stats& stats,
                       const std::vector<detect::Detector>& detectors,
                       const FieldLabels& field_labels = {});

}  // namespace logveil::report
