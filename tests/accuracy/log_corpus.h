// Real-log corpus: the unlabeled logs of ../shared/corpus (loghub,
// elastic-examples, beats-filebeat, fluent-bit, otel-proto) scanned line by
// line as plain text. Every PHONE, CARD or IBAN finding in them counts as a
// false positive (corpus GUIDE, section 2); the other labels are counted
// for review.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "accuracy/case_policy.h"
#include "base/result.h"
#include "detect/scanner.h"

namespace logveil::accuracy {

struct LogFileCounts {
  std::string name;  // path relative to the corpus directory
  uint64_t bytes = 0;
  uint64_t lines = 0;
  std::array<uint64_t, kEvalTypeCount> findings{};
  // The first few PHONE, CARD, IBAN and GEO findings: "<line>: <LABEL>
  // '<value>'".
  std::vector<std::string> flagged;
};

// Returns the real-log files under `corpus_dir`, sorted: loghub/*.log and
// every file below elastic-examples/, beats-filebeat/, fluent-bit/ and
// otel-proto/ except SOURCE.md and LICENSE* files.
std::vector<std::string> RealLogFiles(const std::string& corpus_dir);

// Reads the whole file at `path` as bytes.
Result<std::string> ReadFileBytes(const std::string& path);

// Calls `visit` with each line of `bytes` (without its '\n') and its
// 1-based number.
void ForEachLine(std::string_view bytes,
                 const std::function<void(std::string_view, uint64_t)>& visit);

// Scans every line of `bytes` (the file `name`) and counts the findings of
// each evaluated label.
LogFileCounts CountFindings(const std::string& name, std::string_view bytes,
                            detect::Scanner& scanner);

// Counts the findings of every file RealLogFiles(corpus_dir) lists.
Result<std::vector<LogFileCounts>> CountRealLogs(const std::string& corpus_dir,
                                                 detect::Scanner& scanner);

// Returns the false positives per MiB of `counts` for `type`.
double FalsePerMebibyte(const std::vector<LogFileCounts>& counts,
                        EvalType type);

}  // namespace logveil::accuracy
