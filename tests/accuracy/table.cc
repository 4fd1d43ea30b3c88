#include "accuracy/table.h"

#include <cstdio>
#include <map>
#include <string_view>

namespace logveil::accuracy {
namespace {

std::string Fixed(double value, int decimals = 4) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// A ratio, or "-" when there is nothing to divide.
std::string RatioCell(double value, int denominator) {
  return denominator == 0 ? "-" : Fixed(value);
}

bool HasData(const TypeTally& counts) {
  return counts.values > 0 || counts.findings > 0 || counts.negatives > 0;
}

void TypeTable(const Tally& tally, std::string& out) {
  out +=
      "| type | values | found | partial | recall | recall (overlap) | "
      "recall (valid numbers) | findings | false | precision | "
      "precision (overlap) | F1 | negatives | partial hits on negatives |\n"
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
      "\n";
  for (EvalType type : kAllEvalTypes) {
    const TypeTally& c = tally[type];
    out +=
        "| " + std::string(LabelOf(type)) + " | " + std::to_string(c.values) +
        " | " + std::to_string(c.found) + " | " + std::to_string(c.partial) +
        " | " + RatioCell(c.Recall(), c.values) + " | " +
        RatioCell(c.RecallOverlap(), c.values) + " | " +
        (type == EvalType::kPhone ? RatioCell(c.RecallValid(), c.valid_values)
                                  : "") +
        " | " + std::to_string(c.findings) + " | " +
        std::to_string(c.false_findings) + " | " +
        RatioCell(c.Precision(), c.findings) + " | " +
        RatioCell(c.PrecisionOverlap(), c.findings) + " | " +
        RatioCell(c.F1(), c.values + c.findings) + " | " +
        std::to_string(c.negatives) + " | " +
        std::to_string(c.negative_partial_hits) + " |\n";
  }
}

void SourceTable(const Evaluation& evaluation, std::string& out) {
  out +=
      "| source | type | values | recall | findings | false | precision | "
      "F1 | negatives |\n"
      "|---|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& [source, tally] : evaluation.by_source) {
    for (EvalType type : kAllEvalTypes) {
      const TypeTally& c = tally[type];
      if (!HasData(c)) continue;
      out += "| " + source + " | " + std::string(LabelOf(type)) + " | " +
             std::to_string(c.values) + " | " +
             RatioCell(c.Recall(), c.values) + " | " +
             std::to_string(c.findings) + " | " +
             std::to_string(c.false_findings) + " | " +
             RatioCell(c.Precision(), c.findings) + " | " +
             RatioCell(c.F1(), c.values + c.findings) + " | " +
             std::to_string(c.negatives) + " |\n";
    }
  }
}

// One row per class: "| <class> | <count> | <hit> |".
void CountTable(std::string_view header,
                const std::map<std::string, ExclusionCount>& counts,
                std::string& out) {
  out += std::string(header) + "\n|---|---:|---:|\n";
  for (const auto& [what, count] : counts) {
    out += "| " + what + " | " + std::to_string(count.count) + " | " +
           std::to_string(count.hit) + " |\n";
  }
}

void MissList(const Evaluation& evaluation, std::string& out) {
  for (const auto& [what, miss] : evaluation.misses) {
    out += "- " + what + ": " + std::to_string(miss.count) + "\n";
    for (const auto& example : miss.examples) out += "    " + example + "\n";
  }
}

uint64_t TotalFindings(const LogFileCounts& file) {
  uint64_t total = 0;
  for (uint64_t count : file.findings) total += count;
  return total;
}

// One row per file with findings; files without any are only counted.
void LogTable(const std::vector<LogFileCounts>& logs, std::string& out) {
  out += "| file | KiB | lines |";
  for (EvalType type : kAllEvalTypes) {
    out += " " + std::string(LabelOf(type)) + " |";
  }
  out += "\n|---|---:|---:|";
  for (size_t i = 0; i < kAllEvalTypes.size(); ++i) out += "---:|";
  out += "\n";
  int quiet = 0;
  for (const auto& file : logs) {
    if (TotalFindings(file) == 0) {
      ++quiet;
      continue;
    }
    out += "| " + file.name + " | " + std::to_string(file.bytes / 1024) +
           " | " + std::to_string(file.lines) + " |";
    for (uint64_t count : file.findings) {
      out += " " + std::to_string(count) + " |";
    }
    out += "\n";
  }
  out += "\n" + std::to_string(quiet) + " more files have no finding.\n";
}

void FalsePositiveSummary(const std::vector<LogFileCounts>& logs,
                          std::string& out) {
  uint64_t bytes = 0;
  for (const auto& file : logs) bytes += file.bytes;
  out += "\nFalse positives per MiB over " + std::to_string(logs.size()) +
         " files, " + Fixed(bytes / 1048576.0, 2) + " MiB:";
  for (EvalType type :
       {EvalType::kPhone, EvalType::kCard, EvalType::kIban, EvalType::kGeo}) {
    out += " " + std::string(LabelOf(type)) + " " +
           Fixed(FalsePerMebibyte(logs, type), 3);
  }
  out += "\n";
  for (const auto& file : logs) {
    for (const auto& flagged : file.flagged) {
      out += "- " + file.name + ":" + flagged + "\n";
    }
  }
}

}  // namespace

std::string FormatTable(const Evaluation& evaluation,
                        const std::vector<LogFileCounts>& logs) {
  std::string out;
  out += "## Labeled cases (upstream labels, deduplicated)\n\n";
  TypeTable(evaluation.total, out);
  out += "\n## Whole-string positives inside log-like text (our wrappers)\n\n";
  TypeTable(evaluation.wrapped, out);
  out += "\n## Debatable labels\n\n";
  CountTable(
      "| type: debatable label | values or negatives | found or flagged |",
      evaluation.debatable, out);
  out += "\n### Labeled cases, debatable labels left out (settled)\n\n";
  TypeTable(evaluation.settled, out);
  out += "\n### Wrapped, debatable labels left out (settled)\n\n";
  TypeTable(evaluation.wrapped_settled, out);
  out += "\n## Per source\n\n";
  SourceTable(evaluation, out);
  out += "\n## Excluded from the metrics\n\n";
  CountTable(
      "| entity: excluded as | cases or values | found or flagged anyway |",
      evaluation.excluded, out);
  out += "\n## Misses, partial hits and false positives by class\n\n";
  MissList(evaluation, out);
  out += "\n## Real logs (unlabeled; PHONE, CARD, IBAN are false)\n\n";
  LogTable(logs, out);
  FalsePositiveSummary(logs, out);
  return out;
}

}  // namespace logveil::accuracy
