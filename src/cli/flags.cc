// CLI11 adapter: CLI11 throws on --help, --version and errors; this file
// turns every one of those into a ParsedFlags value.
#include "cli/flags.h"

#include <CLI/CLI.hpp>
#include <sstream>

namespace logveil::cli {
namespace {

constexpr char kDescription[] =
    "logveil: removes personal data (emails, phones, IPs, GPS coordinates, "
    "payment cards and security codes, IBANs, bank accounts and payment "
    "handles, MACs, secrets and one-time codes, device ids, VINs and licence "
    "plates, SSNs and identity documents, names in name fields and after "
    "salutations and titles, dates of birth, postal addresses after their "
    "keys and street addresses, HL7 patient data; also "
    "percent-, HTML- or JSON-escaped, and in logged SQL INSERT values, each "
    "read under its column) from log lines.\nReads FILEs (or stdin) "
    "and writes every line, scrubbed, in order. Lines without findings are "
    "copied byte for byte. `logveil patterns list` shows every detector.";

// Options shared by scrubbing and `reveal`.
void AddKeyOptions(CLI::App& app, CliArgs& args) {
  app.add_option("--key-file", args.key_file,
                 "Keys with ids, one active per purpose (hash, encrypt); "
                 "see docs/pseudonyms.md")
      ->check(CLI::ExistingFile);
  app.add_option("--tenant", args.tenant,
                 "Namespace mixed into hash, pseudonymize and encrypt: "
                 "other tenants get other pseudonyms");
}

void AddScrubOptions(CLI::App& app, CliArgs& args) {
  app.add_option("FILE", args.inputs, "Input files; none or '-' = stdin");
  app.add_option("-o,--output", args.output, "Output file ('-' = stdout)");
  app.add_option("--policy", args.policy_file, "Policy YAML file")
      ->check(CLI::ExistingFile);
  // Vector options take one value per occurrence, so that a FILE after
  // them is never swallowed as a second value.
  app.add_option("--patterns", args.pattern_dirs,
                 "Extra directory of pattern YAML files (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--action", args.action,
                 "Default action for every type (the policy may override "
                 "per type)")
      ->check(CLI::IsMember({"redact", "mask", "hash", "pseudonymize",
                             "generalize", "encrypt", "keep"}));
  app.add_option("--hash-key-file", args.hash_key_file,
                 "File holding the HMAC key for 'hash' (else env "
                 "LOGVEIL_HASH_KEY)")
      ->check(CLI::ExistingFile);
  AddKeyOptions(app, args);
  // A flag, not an option, so `--stats FILE` never takes FILE as its value;
  // the format is given as --stats=json.
  app.add_flag("--stats{text}", args.stats,
               "Print a summary to stderr: --stats or --stats=text, "
               "--stats=json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_option("--format", args.format,
                 "auto: lines that look like JSON ('{...', '[...]') and "
                 "parse are scrubbed as JSON; text: never; json: every line "
                 "is JSON (others are scrubbed as text and counted)")
      ->check(CLI::IsMember({"auto", "text", "json"}));
  app.add_option("--phone-region", args.phone_regions,
                 "Regions whose national phone formats count (CC[,CC...]); "
                 "international +CC numbers always count")
      ->allow_extra_args(false)
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
  auto* reveal = app.add_subcommand(
      "reveal",
      "Restore the values in encrypt tokens ([LABEL~id~...]); needs "
      "LOGVEIL_ENCRYPT_KEY or --key-file");
  reveal->add_option("FILE", args.inputs, "Input files; none or '-' = stdin");
  reveal->add_option("-o,--output", args.output, "Output file ('-' = stdout)");
  AddKeyOptions(*reveal, args);
  reveal->callback([&args] { args.command = Command::kReveal; });
  auto* scan = app.add_subcommand(
      "scan",
      "Detect only: one JSON line per finding (record, byte span, type, "
      "detector); the input is not changed");
  scan->add_option("FILE", args.inputs, "Input files; none or '-' = stdin");
  scan->add_flag("--show-values", args.scan_show_values,
                 "Include each matched value in the output");
  scan->add_flag("--summary", args.scan_summary,
                 "Print only the counts per type");
  scan->fallthrough();  // engine flags (--policy, --phone-region ...) apply
  scan->callback([&args] { args.command = Command::kScan; });
}

// Engine flags (--policy, --threads, ...) may follow `batch` too: they fall
// through to the top-level options.
void AddBatchCommand(CLI::App& app, CliArgs& args) {
  auto& batch = args.batch;
  auto* command = app.add_subcommand(
      "batch",
      "Scrub files and trees (.gz/.zst too) into --out DIR or in "
      "place; resumable (docs/batch.md)");
  command->fallthrough();
  command->add_option("SRC", batch.sources, "Files, directories, glob patterns")
      ->required();
  auto* out = command->add_option("--out", batch.out_dir,
                                  "Mirror the scrubbed files under DIR");
  auto* in_place = command->add_flag(
      "--in-place", batch.in_place,
      "Replace each file once its scrubbed copy is complete and synced");
  out->excludes(in_place);
  command->add_flag("--dry-run", batch.dry_run,
                    "Scrub into nothing and report what would change");
  command
      ->add_option("--jobs", batch.jobs,
                   "Files scrubbed at once (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  command->add_option("--report", batch.report_file,
                      "Write a JSON report (per file counts, errors) here");
  command->add_option("--gzip-level", batch.gzip_level, "1..9 (default 6)")
      ->check(CLI::Range(1, 9));
  command->add_option("--zstd-level", batch.zstd_level, "1..19 (default 3)")
      ->check(CLI::Range(1, 19));
  command->add_flag("--follow-symlinks", batch.follow_symlinks,
                    "Follow symlinks that lead out of a directory tree");
  command
      ->add_option("--progress", batch.progress,
                   "auto (bar on a terminal, else lines), bar, lines, none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}));
  command
      ->add_option("--progress-interval", batch.progress_seconds,
                   "Seconds between plain progress lines (default 10)")
      ->check(CLI::PositiveNumber);
  command->callback([&args] { args.command = Command::kBatch; });
}

}  // namespace

ParsedFlags ParseFlags(int argc, char** argv) {
  CliArgs args;
  CLI::App app(kDescription, "logveil");
  app.set_version_flag("--version", "logveil " LOGVEIL_VERSION);
  app.require_subcommand(0, 1);
  AddScrubOptions(app, args);
  AddSubcommands(app, args);
  AddBatchCommand(app, args);
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
