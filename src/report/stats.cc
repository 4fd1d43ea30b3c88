#include "report/stats.h"

#include <cstdio>
#include <map>

namespace logveil::report {
namespace {

std::map<std::string, uint64_t> FindingsByLabel(
    const Stats& stats, const std::vector<detect::Detector>& detectors) {
  std::map<std::string, uint64_t> by_label;
  for (size_t i = 0; i < stats.findings.size() && i < detectors.size(); ++i) {
    if (stats.findings[i] > 0) by_label[detectors[i].label] += stats.findings[i];
  }
  return by_label;
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
  if (other.findings.size() > findings.size()) {
    findings.resize(other.findings.size());
  }
  for (size_t i = 0; i < other.findings.size(); ++i) {
    findings[i] += other.findings[i];
  }
}

std::string FormatText(const Stats& stats,
                       const std::vector<detect::Detector>& detectors) {
  char line[160];
  std::string text;
  std::snprintf(line, sizeof line,
                "logveil: %llu records (%llu rewritten), %llu bytes in, "
                "%llu bytes out, %.3f s, %.1f MB/s\n",
                static_cast<unsigned long long>(stats.records),
                static_cast<unsigned long long>(stats.records_rewritten),
                static_cast<unsigned long long>(stats.bytes_in),
                static_cast<unsigned long long>(stats.bytes_out),
                stats.seconds, MegabytesPerSecond(stats));
  text += line;
  for (const auto& [label, count] : FindingsByLabel(stats, detectors)) {
    std::snprintf(line, sizeof line, "logveil:   %-12s %llu\n", label.c_str(),
                  static_cast<unsigned long long>(count));
    text += line;
  }
  return text;
}

std::string FormatJson(const Stats& stats,
                       const std::vector<detect::Detector>& detectors) {
  char head[256];
  std::snprintf(head, sizeof head,
                "{\"records\":%llu,\"records_rewritten\":%llu,"
                "\"bytes_in\":%llu,\"bytes_out\":%llu,\"seconds\":%.6f,"
                "\"mb_per_s\":%.3f,\"findings\":{",
                static_cast<unsigned long long>(stats.records),
                static_cast<unsigned long long>(stats.records_rewritten),
                static_cast<unsigned long long>(stats.bytes_in),
                static_cast<unsigned long long>(stats.bytes_out),
                stats.seconds, MegabytesPerSecond(stats));
  std::string json = head;
  bool first = true;
  // Labels are [A-Z][A-Z0-9_]* (checked at load), so they need no JSON escaping.
  for (const auto& [label, count] : FindingsByLabel(stats, detectors)) {
    json += (first ? "\"" : ",\"") + label + "\":" + std::to_string(count);
    first = false;
  }
  json += "}}\n";
  return json;
}

}  // namespace logveil::report
