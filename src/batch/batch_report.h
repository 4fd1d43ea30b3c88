// BatchReport: the `--report FILE` JSON of a batch: one object per file
// (status, compression, records, bytes, findings per type, error) and the
// totals. Counts and sizes only, never a value found in a record.
#pragma once

#include <string>
#include <vector>

#include "batch/batch_runner.h"
#include "detect/detector.h"
#include "report/stats.h"

namespace logveil::batch {

// Sums of a run's reports.
struct BatchTotals {
  uint64_t files = 0;
  uint64_t failed = 0;
  uint64_t done_before = 0;
  uint64_t skipped = 0;
  uint64_t changed = 0;  // files with at least one rewritten record
  report::Stats stats;   // records, uncompressed bytes, findings
  uint64_t disk_bytes_in = 0;
};

BatchTotals SumReports(const std::vector<FileReport>& files);

// The labels of the finding counts: the detectors' and the JSON field
// rules' (values a rule redacted whole count under its label).
struct ReportLabels {
  const std::vector<detect::Detector>& detectors;
  const report::FieldLabels& field_rules;
};

// Renders `result` as one JSON object (docs/batch.md), ending in '\n'.
std::string FormatBatchReport(const BatchResult& result,
                              const ReportLabels& labels);

}  // namespace logveil::batch
