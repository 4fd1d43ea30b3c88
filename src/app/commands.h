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

}  // namespace logveil::app
