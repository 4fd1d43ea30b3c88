// `logveil [FILE...]`: the filter itself.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "app/commands.h"
#include "app/engine.h"
#include "app/keys.h"
#include "config/policy_file.h"
#include "pipeline/pipeline.h"
#include "report/stats.h"

namespace logveil::app {
namespace {

Status ScrubInputs(const cli::CliArgs& args, const Engine& engine,
                   report::Stats& stats) {
  auto output = io::Output::Open(args.output);
  if (!output.ok()) return output.error();
  unsigned threads = args.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  pipeline::Pipeline pipeline(
      engine.detectors, engine.actions,
      pipeline::PipelineOptions{.max_record_bytes = args.max_record_bytes,
                                .threads = threads,
                                .json_rules = &engine.json,
                                .format = json::ParseFormat(args.format)});
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& path : inputs) {
    auto input = io::Input::Open(path);
    if (!input.ok()) return input.error();
    auto status = pipeline.RunText(input.value(), output.value(), stats);
    if (!status.ok()) return status;
  }
  return output.value().Flush();
}

void PrintStats(const std::string& format, const report::Stats& stats,
                const Engine& engine) {
  const auto& detectors = engine.detectors.detectors();
  report::FieldLabels fields = engine.json.Labels();
  std::string text = format == "json"
                         ? report::FormatJson(stats, detectors, fields)
                         : report::FormatText(stats, detectors, fields);
  std::fputs(text.c_str(), stderr);
}

}  // namespace

Result<Engine> BuildEngineFromArgs(const cli::CliArgs& args) {
  EngineOptions options;
  options.pattern_dirs = args.pattern_dirs;
  options.default_action = args.action;
  options.find_options.phone_regions = args.phone_regions;
  if (!args.policy_file.empty()) {
    auto policy = config::LoadPolicyFile(args.policy_file);
    if (!policy.ok()) return policy.error();
    options.policy = std::move(policy).value();
  }
  auto keys = LoadActionKeys(args);
  if (!keys.ok()) return keys.error();
  options.keys = std::move(keys).value();
  auto catalog = catalog::Catalog::LoadForScanning(args.pattern_dirs);
  if (!catalog.ok()) return catalog.error();
  return BuildEngine(catalog.value(), options);
}

Status RunScrub(const cli::CliArgs& args) {
  auto engine = BuildEngineFromArgs(args);
  if (!engine.ok()) return engine.error();
  report::Stats stats;
  auto start = std::chrono::steady_clock::now();
  auto status = ScrubInputs(args, engine.value(), stats);
  stats.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (!args.stats.empty()) PrintStats(args.stats, stats, engine.value());
  return status;
}

}  // namespace logveil::app
