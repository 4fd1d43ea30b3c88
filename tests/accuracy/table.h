// Table: renders an Evaluation and the real-log counts as Markdown, the
// form docs/accuracy.md quotes. Printed by the [.table] test
// (bench/evaluate.sh).
#pragma once

#include <string>
#include <vector>

#include "accuracy/evaluation.h"
#include "accuracy/log_corpus.h"

namespace logveil::accuracy {

// Returns the full report: per type, wrapped, per source, exclusions, miss
// classes with examples, real logs.
std::string FormatTable(const Evaluation& evaluation,
                        const std::vector<LogFileCounts>& logs);

}  // namespace logveil::accuracy
