// The subcommands, each taking parsed arguments and returning an exit code.
#pragma once

#include "base/result.h"
#include "cli/flags.h"

namespace logveil::app {

// `logveil [FILE...]`: scrubs the inputs to the output.
Status RunScrub(const cli::CliArgs& args);
// `logveil patterns list`: one line per detector.
Status RunPatternsList(const cli::CliArgs& args);
// `logveil patterns check [DIR]`: lint and examples; fails on any problem.
Status RunPatternsCheck(const cli::CliArgs& args);
// `logveil explain TEXT`: prints each finding with detector, type, span and
// the matched text (the one place logveil prints what it found).
Status RunExplain(const cli::CliArgs& args);
// `logveil reveal [FILE...]`: restores the values of encrypt tokens; needs
// the encrypt key (a kConfig error without it or with a wrong one).
Status RunReveal(const cli::CliArgs& args);
// `logveil batch SRC...`: scrubs files and trees into --out DIR or in
// place (docs/batch.md); fails if any file failed, after doing the rest.
Status RunBatch(const cli::CliArgs& args);
// `logveil scan [FILE...]`: detect only; findings as JSON lines, values
// only with --show-values, or counts per type with --summary.
Status RunScan(const cli::CliArgs& args);

}  // namespace logveil::app
