// CLI11 adapter: CLI11 throws on --help, --version and errors; this file
// turns every one of those into a ParsedFlags value.
#include "cli/flags.h"

#include <CLI/CLI.hpp>

#include <sstream>

namespace logveil::cli {
namespace {

constexpr char kDescription[] =
    "logveil: removes personal data (emails, phones, IPs, GPS coordinates, "
    "payment cards, IBANs, MACs) from log lines.\nReads FILEs (or stdin) and "
    "writes every line, scrubbed, in order. Lines without findings are copied "
    "byte for byte.";

void AddScrubOptions(CLI::App& app, CliArgs& args) {
  app.add_option("FILE", args.inputs, "Input files; none or '-' = stdin");
  app.add_option("-o,--output", args.output, "Output file ('-' = stdout)");
  app.add_option("--policy", args.policy_file, "Policy YAML file")
      ->check(CLI::ExistingFile);
  app.add_option("--patterns", args.pattern_dirs,
                 "Extra directory of pattern YAML files (repeatable)");
  app.add_option("--action", args.action,
                 "Default action for every type (the policy may override "
                 "per type)")
      ->check(CLI::IsMember({"redact", "mask", "hash", "keep"}));
  app.add_option("--hash-key-file", args.hash_key_file,
                 "File holding the HMAC key for 'hash' (else env "
                 "LOGVEIL_HASH_KEY)")
      ->check(CLI::ExistingFile);
  // A flag, not an option, so `--stats FILE` never takes FILE as its value;
  // the format is given as --stats=json.
  app.add_flag("--stats{text}", args.stats,
               "Print a summary to stderr: --stats or --stats=text, "
               "--stats=json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_option("--phone-region", args.phone_regions,
                 "Regions whose national phone formats count (CC[,CC...]); "
                 "international +CC numbers always count")
      ->delimiter(',');
  app.add_option("--max-record-bytes", args.max_record_bytes,
                 "Lines longer than this are scrubbed in pieces, never "
                 "passed through")
      ->check(CLI::Range(size_t{8192}, size_t{1} << 30));
  app.add_option("-j,--threads", args.threads,
                 "Worker threads (default: one per core; 1 = no threads). "
                 "Output is identical for any count")
      ->check(CLI::Range(0u, 256u));
}

void AddSubcommands(CLI::App& app, CliArgs& args) {
  auto* patterns = app.add_subcommand("patterns", "Inspect pattern files");
  patterns->require_subcommand(1);
  auto* list = patterns->add_subcommand("list", "List the detectors");
  list->add_flag("--json", args.patterns_json, "One JSON object per line");
  list->callback([&args] { args.command = Command::kPatternsList; });
  auto* check = patterns->add_subcommand(
      "check", "Lint pattern files and run their examples");
  check->add_option("DIR", args.patterns_dir,
                    "Directory of pattern files (default: built-in)");
  check->callback([&args] { args.command = Command::kPatternsCheck; });
  auto* explain = app.add_subcommand(
      "explain", "Print the findings in TEXT (detector, type, span)");
  explain->add_option("TEXT", args.explain_text, "Text to scan")->required();
  explain->callback([&args] { args.command = Command::kExplain; });
}

}  // namespace

ParsedFlags ParseFlags(int argc, char** argv) {
  CliArgs args;
  CLI::App app(kDescription, "logveil");
  app.set_version_flag("--version", "logveil " LOGVEIL_VERSION);
  app.require_subcommand(0, 1);
  AddScrubOptions(app, args);
  AddSubcommands(app, args);
  ParsedFlags parsed;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::ostringstream out, err;
    parsed.exit_code = app.exit(e, out, err) == 0 ? 0 : 2;
    parsed.message = out.str() + err.str();
    return parsed;
  }
  parsed.args = std::move(args);
  return parsed;
}

}  // namespace logveil::cli
