// Scoring: judges the findings of one scanned case against its plan and
// keeps the counts that precision and recall are computed from. Recall
// counts expected values; precision counts findings (a GEO pair is two
// findings, one per coordinate). The rules are in docs/accuracy.md.
#pragma once

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "accuracy/case_policy.h"

namespace logveil::accuracy {

// A finding of one of the evaluated labels.
struct JudgedFinding {
  ByteRange range;
  EvalType type;
};

// The counts of one type.
struct TypeTally {
  int values = 0;            // expected values scored
  int found = 0;             // found with the right span (or covered, see docs)
  int partial = 0;           // only overlapped by a finding
  int findings = 0;          // findings judged
  int findings_exact = 0;    // part of a found value
  int findings_overlap = 0;  // overlap a value that was not found exactly
  int false_findings = 0;    // overlap no expected value
  int negatives = 0;         // negative cases scored
  int negative_partial_hits = 0;  // whole-string negatives hit, not covered
  // PHONE: the values libphonenumber (as installed) accepts, and how many of
  // them were found: the recall of the finder, apart from the validator.
  int valid_values = 0;
  int valid_found = 0;

  void Add(const TypeTally& other);
  double Recall() const;
  double RecallOverlap() const;  // found or partial
  double RecallValid() const;    // valid_found / valid_values
  double Precision() const;
  double PrecisionOverlap() const;  // findings that touch a value
  double F1() const;
};

struct Tally {
  std::array<TypeTally, kEvalTypeCount> types;

  TypeTally& operator[](EvalType type) { return types[static_cast<int>(type)]; }
  const TypeTally& operator[](EvalType type) const {
    return types[static_cast<int>(type)];
  }
  void Add(const Tally& other);
};

enum class ValueOutcome { kFound, kPartial, kMissed };
enum class FindingOutcome { kExact, kOverlap, kFalse, kIgnored };

struct CaseResult {
  std::vector<ValueOutcome> values;      // parallel to CasePlan::expected
  std::vector<FindingOutcome> findings;  // parallel to the findings given
  bool negative_covered = false;         // whole-string negative: an FP
};

// Judges `findings` (sorted, non-overlapping) of `text` under `plan`.
// Findings whose type `plan` does not judge are kIgnored.
CaseResult ScoreCase(std::string_view text, const CasePlan& plan,
                     std::span<const JudgedFinding> findings);

// Adds `result` of a case planned as `plan` to `tally`.
void AddToTally(const CasePlan& plan, const CaseResult& result,
                std::span<const JudgedFinding> findings, Tally& tally);

}  // namespace logveil::accuracy
