// `logveil batch SRC...`: scrubs files and directory trees into --out DIR or
// in place, with progress on stderr and an optional JSON report.
#include <unistd.h>

#include <cstdio>

#include "app/batch_progress.h"
#include "app/commands.h"
#include "app/engine.h"
#include "batch/batch_report.h"
#include "batch/batch_runner.h"
#include "io/output.h"
#include "json/json_scrubber.h"

namespace logveil::app {
namespace {

// `engine` must outlive the options (they point at its JSON rules).
Result<batch::BatchOptions> MakeBatchOptions(const cli::CliArgs& args,
                                             const Engine& engine) {
  const auto& flags = args.batch;
  if (flags.out_dir.empty() && !flags.in_place && !flags.dry_run) {
    return MakeError(ErrorCode::kUsage,
                     "batch: give --out DIR, --in-place or --dry-run");
  }
  batch::BatchOptions options;
  options.sources = flags.sources;
  options.placement =
      flags.in_place ? batch::Placement::kInPlace : batch::Placement::kMirror;
  options.out_dir = flags.out_dir;
  options.write_mode =
      flags.dry_run ? batch::WriteMode::kDryRun : batch::WriteMode::kWrite;
  options.symlinks = flags.follow_symlinks ? batch::Symlinks::kFollowAll
                                           : batch::Symlinks::kWithinTree;
  options.jobs = flags.jobs;
  options.levels = {.gzip = flags.gzip_level, .zstd = flags.zstd_level};
  options.pipeline.max_record_bytes = args.max_record_bytes;
  options.pipeline.threads = args.threads;
  options.pipeline.json_rules = &engine.json;
  options.pipeline.format = json::ParseFormat(args.format);
  return options;
}

ProgressStyle StyleOf(const std::string& name) {
  if (name == "bar") return ProgressStyle::kBar;
  if (name == "lines") return ProgressStyle::kLines;
  if (name == "none") return ProgressStyle::kNone;
  return ::isatty(STDERR_FILENO) ? ProgressStyle::kBar : ProgressStyle::kLines;
}

// One line per file that was not scrubbed as asked; errors name the file,
// line and byte offset, never content.
std::string FileLine(const batch::FileReport& file) {
  if (file.status == batch::FileStatus::kFailed) {
    return "logveil: batch: " + file.error + "\n";
  }
  if (file.status == batch::FileStatus::kSkipped) {
    return "logveil: batch: skipped " + file.path + ": " + file.error + "\n";
  }
  return "";
}

std::string Summary(const batch::BatchResult& result) {
  auto totals = batch::SumReports(result.files);
  char text[320];
  std::snprintf(
      text, sizeof text,
      "logveil: batch: %llu files (%llu with findings, %llu done before, "
      "%llu skipped, %llu failed), %.1f MB uncompressed in %.2f s, "
      "%.1f MB/s\n",
      static_cast<unsigned long long>(totals.files),
      static_cast<unsigned long long>(totals.changed),
      static_cast<unsigned long long>(totals.done_before),
      static_cast<unsigned long long>(totals.skipped),
      static_cast<unsigned long long>(totals.failed),
      totals.stats.bytes_in / 1e6, result.seconds,
      result.seconds > 0 ? totals.stats.bytes_in / 1e6 / result.seconds : 0);
  return text;
}

Status WriteReport(const std::string& path, const std::string& json) {
  auto output = io::Output::Open(path);
  if (!output.ok()) return output.error();
  auto status = output.value().Write(json);
  if (!status.ok()) return status;
  return output.value().Flush();
}

}  // namespace

Status RunBatch(const cli::CliArgs& args) {
  auto engine = BuildEngineFromArgs(args);
  if (!engine.ok()) return engine.error();
  auto options = MakeBatchOptions(args, engine.value());
  if (!options.ok()) return options.error();
  // JSON lines get the policy's field rules, as in the filter.
  options.value().pipeline.json_rules = &engine.value().json;
  options.value().pipeline.format = json::ParseFormat(args.format);
  batch::BatchProgress progress;
  batch::BatchResult result;
  {
    BatchProgressPrinter printer(progress, StyleOf(args.batch.progress),
                                 args.batch.progress_seconds);
    result = batch::RunBatch(options.value(), engine.value().detectors,
                             engine.value().actions, progress,
                             [&printer](const batch::FileReport& file) {
                               std::string line = FileLine(file);
                               if (!line.empty()) printer.Print(line);
                             });
  }
  if (args.batch.progress != "none")
    std::fputs(Summary(result).c_str(), stderr);
  if (!args.batch.report_file.empty()) {
    report::FieldLabels fields = engine.value().json.Labels();
    auto status = WriteReport(
        args.batch.report_file,
        batch::FormatBatchReport(
            result, {engine.value().detectors.detectors(), fields}));
    if (!status.ok()) return status;
  }
  uint64_t failed = progress.files_failed.load();
  if (failed == 0) return Ok{};
  return MakeError(ErrorCode::kIo, "batch: " + std::to_string(failed) + " of " +
                                       std::to_string(result.files.size()) +
                                       " files failed (the rest are done)");
}

}  // namespace logveil::app
