// Evaluation: runs logveil's built-in detectors (default options, as the
// CLI runs them) over every labeled case and keeps the tallies overall, per
// source and per excluded class, with a few examples of every kind of miss.
// accuracy_test.cc asserts on it; the [.table] test prints it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "accuracy/labeled_case.h"
#include "accuracy/scoring.h"
#include "app/engine.h"
#include "base/result.h"
#include "detect/scanner.h"

namespace logveil::accuracy {

// How often one kind of miss happened, with the first few cases.
struct MissClass {
  int count = 0;
  std::vector<std::string> examples;  // "<file>:<line> <value>"
};

// Cases (or values) left out of the metrics for one reason, and how many of
// them logveil found (positives) or flagged (negatives) all the same.
struct ExclusionCount {
  int count = 0;
  int hit = 0;
};

struct Evaluation {
  // Upstream-labeled cases, deduplicated on (entity, text, kind) across
  // files: the first file in name order keeps a shared case.
  Tally total;
  // The whole-string positives of `total`, placed inside log-like text by
  // our own wrappers; reported apart, as the corpus GUIDE asks.
  Tally wrapped;
  // `total` and `wrapped` with the debatable labels left out
  // (accuracy/debatable.h).
  Tally settled;
  Tally wrapped_settled;
  // "<TYPE>: <class>" -> debatable values (found anyway) and negatives
  // (flagged anyway), deduplicated like `total`.
  std::map<std::string, ExclusionCount> debatable;
  // Per file stem ("validatorjs"), deduplicated within the file. Rows
  // "<stem> cross-type" hold the other entities' positives (timestamps, ...),
  // "<stem> wrapped" the wrapped cases.
  std::map<std::string, Tally> by_source;
  // "<entity>: <class>" -> count.
  std::map<std::string, ExclusionCount> excluded;
  // "<TYPE>: <class>" (missed, partial, false positive, ...) -> count.
  std::map<std::string, MissClass> misses;
};

// Returns an engine with every built-in detector and the default options
// (redact), built on first use and kept for the life of the process.
const Result<app::Engine>& DefaultEngine();

// Returns the findings of `text` whose labels are evaluated, in order.
std::vector<JudgedFinding> FindJudged(detect::Scanner& scanner,
                                      std::string_view text);

// Scores every case of `cases` with `scanner`.
Evaluation Evaluate(const std::vector<LabeledCase>& cases,
                    detect::Scanner& scanner);

}  // namespace logveil::accuracy
