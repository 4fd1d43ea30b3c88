// Command-line flags. ParseFlags turns argv into CliArgs, a plain struct
// that mirrors the flags one to one; config/ and app/ give them meaning.
// The only includer of CLI11.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace logveil::cli {

enum class Command {
  kScrub,
  kPatternsList,
  kPatternsCheck,
  kExplain,
  kReveal,
  kBatch,
  kScan
};

// `logveil batch` (docs/batch.md); the engine flags are CliArgs' own.
struct BatchArgs {
  std::vector<std::string> sources;  // files, directories, glob patterns
  std::string out_dir;               // --out DIR
  bool in_place = false;
  bool dry_run = false;
  unsigned jobs = 0;  // files at once; 0: one per core
  std::string report_file;
  int gzip_level = 6;
  int zstd_level = 3;
  bool follow_symlinks = false;
  std::string progress = "auto";  // auto, bar, lines, none
  double progress_seconds = 10;   // between plain lines
};

struct CliArgs {
  Command command = Command::kScrub;
  std::vector<std::string> inputs;  // empty or "-": stdin
  std::string output = "-";
  std::string policy_file;
  std::vector<std::string> pattern_dirs;
  std::string action;  // empty: the policy's default
  std::string hash_key_file;
  std::string key_file;  // --key-file: keys with ids, one active per purpose
  std::string tenant;    // --tenant: namespace of the keyed actions
  std::string stats;     // "", "text" or "json"
  std::string format = "auto";  // --format: auto, text or json
  std::vector<std::string> phone_regions = {"US"};
  size_t max_record_bytes = size_t{1} << 20;
  unsigned threads = 0;      // 0: one per core
  std::string patterns_dir;  // `patterns check [DIR]`
  std::string explain_text;  // `explain TEXT`
  bool patterns_json = false;
  bool scan_show_values = false;  // `scan --show-values`
  bool scan_summary = false;      // `scan --summary`
  BatchArgs batch;
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
