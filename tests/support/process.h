// Runs the logveil binary as a child process with given arguments, standard
// input and environment, and captures its exit code, stdout and stderr.
#pragma once

#include <string>
#include <vector>

namespace logveil::testing {

struct ProcessResult {
  int exit_code = -1;  // 128+signal if killed by a signal
  std::string out;
  std::string err;
};

// Runs LOGVEIL_BINARY with `args`, feeding `input` on stdin. `env` entries
// ("NAME=value") are added to a minimal environment.
ProcessResult RunLogveil(const std::vector<std::string>& args,
                         const std::string& input = "",
                         const std::vector<std::string>& env = {});

// Reads a whole file; fails the current test if it cannot.
std::string ReadFile(const std::string& path);

}  // namespace logveil::testing
