#include "batch/batch_report.h"

#include <cstdio>

namespace logveil::batch {
namespace {

// Appends `text` as a JSON string. Paths are bytes, not necessarily UTF-8:
// bytes of valid UTF-8 sequences are kept, other bytes are escaped as the
// code point of the same number (\u00XX), so the report is always valid.
void AppendJsonString(std::string_view text, std::string& json) {
  json += '"';
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    size_t length = c < 0x80         ? 1
                    : (c >> 5) == 6  ? 2
                    : (c >> 4) == 14 ? 3
                    : (c >> 3) == 30 ? 4
                                     : 0;
    bool valid = length > 1 && i + length <= text.size();
    for (size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(text[i + k]) >> 6) == 2;
    }
    if (valid) {
      json.append(text.substr(i, length));
      i += length - 1;
    } else if (c == '"' || c == '\\') {
      json += '\\', json += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      json += escaped;
    } else {
      json += static_cast<char>(c);
    }
  }
  json += '"';
}

void AppendNumber(const char* key, uint64_t value, std::string& json) {
  json += ",\"";
  json += key;
  json += "\":" + std::to_string(value);
}

void AppendFindings(const report::Stats& stats, const ReportLabels& labels,
                    std::string& json) {
  json += ",\"findings\":{";
  bool first = true;
  // Labels are [A-Z][A-Z0-9_]* (checked at load): no escaping needed.
  for (const auto& [label, count] :
       report::FindingsByLabel(stats, labels.detectors, labels.field_rules)) {
    json += (first ? "\"" : ",\"") + label + "\":" + std::to_string(count);
    first = false;
  }
  json += "}";
}

void AppendStats(const report::Stats& stats, std::string& json) {
  AppendNumber("records", stats.records, json);
  AppendNumber("records_rewritten", stats.records_rewritten, json);
  AppendNumber("bytes_in", stats.bytes_in, json);
  AppendNumber("bytes_out", stats.bytes_out, json);
}

void AppendFile(const FileReport& file, const ReportLabels& labels,
                std::string& json) {
  json += "{\"path\":";
  AppendJsonString(file.path, json);
  json += ",\"status\":\"";
  json += FileStatusName(file.status);
  json += "\"";
  if (!file.output.empty()) {
    json += ",\"output\":";
    AppendJsonString(file.output, json);
  }
  json += ",\"compression\":\"";
  json += CompressionName(file.compression);
  json += "\"";
  AppendStats(file.stats, json);
  AppendNumber("disk_bytes_in", file.disk_bytes_in, json);
  AppendNumber("disk_bytes_out", file.disk_bytes_out, json);
  char seconds[48];
  std::snprintf(seconds, sizeof seconds, ",\"seconds\":%.6f",
                file.stats.seconds);
  json += seconds;
  AppendFindings(file.stats, labels, json);
  if (!file.error.empty()) {
    json += ",\"error\":";
    AppendJsonString(file.error, json);
  }
  json += "}";
}

}  // namespace

const char* FileStatusName(FileStatus status) {
  switch (status) {
    case FileStatus::kScrubbed:
      return "scrubbed";
    case FileStatus::kUnchanged:
      return "unchanged";
    case FileStatus::kDoneBefore:
      return "done_before";
    case FileStatus::kDryRun:
      return "dry_run";
    case FileStatus::kSkipped:
      return "skipped";
    case FileStatus::kFailed:
      return "failed";
  }
  return "failed";
}

BatchTotals SumReports(const std::vector<FileReport>& files) {
  BatchTotals totals;
  for (const auto& file : files) {
    ++totals.files;
    totals.failed += file.status == FileStatus::kFailed;
    totals.done_before += file.status == FileStatus::kDoneBefore;
    totals.skipped += file.status == FileStatus::kSkipped;
    totals.changed += file.stats.records_rewritten > 0;
    totals.stats.Merge(file.stats);
    totals.disk_bytes_in += file.disk_bytes_in;
  }
  return totals;
}

std::string FormatBatchReport(const BatchResult& result,
                              const ReportLabels& labels) {
  std::string json = "{\"files\":[";
  for (size_t i = 0; i < result.files.size(); ++i) {
    if (i > 0) json += ",\n";
    AppendFile(result.files[i], labels, json);
  }
  BatchTotals totals = SumReports(result.files);
  json += "],\n\"totals\":{\"files\":" + std::to_string(totals.files);
  AppendNumber("failed", totals.failed, json);
  AppendNumber("done_before", totals.done_before, json);
  AppendNumber("skipped", totals.skipped, json);
  AppendNumber("changed", totals.changed, json);
  AppendStats(totals.stats, json);
  AppendNumber("disk_bytes_in", totals.disk_bytes_in, json);
  char timing[96];
  std::snprintf(
      timing, sizeof timing, ",\"seconds\":%.6f,\"mb_per_s\":%.3f",
      result.seconds,
      result.seconds > 0 ? totals.stats.bytes_in / 1e6 / result.seconds : 0.0);
  json += timing;
  AppendFindings(totals.stats, labels, json);
  json += "}}\n";
  return json;
}

}  // namespace logveil::batch
