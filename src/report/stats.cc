#include "report/stats.h"

#include <cstdio>
#include <map>

namespace logveil::report {

std::map<std::string, uint64_t> FindingsByLabel(
    const Stats& stats, const std::vector<detect::Detector>& detectors,
    const FieldLabels& field_labels) {
  std::map<std::string, uint64_t> by_label;
  for (size_t i = 0; i < stats.findings.size() && i < detectors.size(); ++i) {
    if (stats.findings[i] > 0)
      by_label[detectors[i].label] += stats.findings[i];
  }
  for (size_t i = 0; i < stats.field_rules.size() && i < field_labels.size();
       ++i) {
    if (stats.field_rules[i] > 0)
      by_label[field_labels[i]] += stats.field_rules[i];
  }
  return by_label;
}

namespace {

// Adds each count of `from` to the count of the same index in `to`.
void AddCounts(const std::vector<uint64_t>& from, std::vector<uint64_t>& to) {
  if (from.size() > to.size()) to.resize(from.size());
  for (size_t i = 0; i < from.size(); ++i) to[i] += from[i];
}

double MegabytesPerSecond(const Stats& stats) {
  return stats.seconds > 0 ? stats.bytes_in / 1e6 / stats.seconds : 0;
}

}  // namespace

void Stats::Merge(const Stats& other) {
  records += other.records;
  records_rewritten += other.records_rewritten;
  bytes_in += other.bytes_in;
  bytes_out += other.bytes_out;
  json_records += other.json_records;
  json_fallbacks += other.json_fallbacks;
  json_too_deep += other.json_too_deep;
  AddCounts(other.findings, findings);
  AddCounts(other.field_rules, field_rules);
}

std::string FormatText(const Stats& stats,
                       const std::vector<detect::Detector>& detectors,
                       const FieldLabels& field_labels) {
  char line[160];
  std::string text;
  std::snprintf(line, sizeof line,
                "logveil: %llu records (%llu rewritten), %llu bytes in, "
                "%llu bytes out, %.3f s, %.1f MB/s\n",
                static_cast<unsigned long long>(stats.records),
                static_cast<unsigned long long>(stats.records_rewritten),
                static_cast<unsigned long long>(stats.bytes_in),
                static_cast<unsigned long long>(stats.bytes_out), stats.seconds,
                MegabytesPerSecond(stats));
  text += line;
  if (stats.json_records + stats.json_fallbacks > 0) {
    std::snprintf(line, sizeof line,
                  "logveil:   json: %llu records, %llu fallbacks to text "
                  "(%llu too deep)\n",
                  static_cast<unsigned long long>(stats.json_records),
                  static_cast<unsigned long long>(stats.json_fallbacks),
                  static_cast<unsigned long long>(stats.json_too_deep));
    text += line;
  }
  for (const auto& [label, count] :
       FindingsByLabel(stats, detectors, field_labels)) {
    std::snprintf(line, sizeof line, "logveil:   %-12s %llu\n", label.c_str(),
                  static_cast<unsigned long long>(count));
    text += line;
  }
  return text;
}

std::string FormatJson(const Stats& stats,
                       const std::vector<detect::Detector>& detectors,
                       const FieldLabels& field_labels) {
  char head[512];
  std::snprintf(head, sizeof head,
                "{\"records\":%llu,\"records_rewritten\":%llu,"
                "\"bytes_in\":%llu,\"bytes_out\":%llu,\"seconds\":%.6f,"
                "\"mb_per_s\":%.3f,\"json_records\":%llu,"
                "\"json_fallbacks\":%llu,\"json_too_deep\":%llu,"
                "\"findings\":{",
                static_cast<unsigned long long>(stats.records),
                static_cast<unsigned long long>(stats.records_rewritten),
                static_cast<unsigned long long>(stats.bytes_in),
                static_cast<unsigned long long>(stats.bytes_out), stats.seconds,
                MegabytesPerSecond(stats),
                static_cast<unsigned long long>(stats.json_records),
                static_cast<unsigned long long>(stats.json_fallbacks),
                static_cast<unsigned long long>(stats.json_too_deep));
  std::string json = head;
  bool first = true;
  // Labels are [A-Z][A-Z0-9_]* (checked at load), so they need no JSON
  // escaping.
  for (const auto& [label, count] :
       FindingsByLabel(stats, detectors, field_labels)) {
    json += (first ? "\"" : ",\"") + label + "\":" + std::to_string(count);
    first = false;
  }
  json += "}}\n";
  return json;
}

}  // namespace logveil::report
