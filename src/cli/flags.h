// Command-line flags. ParseFlags turns argv into CliArgs, a plain struct
// that mirrors the flags one to one; config/ and app/ give them meaning.
// The only includer of CLI11.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace logveil::cli {

enum class Command { kScrub, kPatternsList, kPatternsCheck, kExplain };

struct CliArgs {
  Command command = Command::kScrub;
  std::vector<std::string> inputs;  // empty or "-": stdin
  std::string output = "-";
  std::string policy_file;
  std::vector<std::string> pattern_dirs;
  std::string action;  // empty: the policy's default
  std::string hash_key_file;
  std::string stats;  // "", "text" or "json"
  std::vector<std::string> phone_regions = {"US"};
  size_t max_record_bytes = size_t{1} << 20;
  unsigned threads = 0;  // 0: one per core
  std::string patterns_dir;  // `patterns check [DIR]`
  std::string explain_text;  // `explain TEXT`
  bool patterns_json = false;
};

// The outcome of parsing: arguments to run with, or text to print and an
// exit code (for --help, --version and usage errors).
struct ParsedFlags {
  std::optional<CliArgs> args;
  std::string message;  // printed to stdout if exit_code is 0, else stderr
  int exit_code = 0;
};

ParsedFlags ParseFlags(int argc, char** argv);

}  // namespace logveil::cli
