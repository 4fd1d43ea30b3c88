// `logveil patterns list|check`.
#include <cstdio>

#include "app/commands.h"
#include "app/pattern_check.h"
#include "catalog/catalog.h"

namespace logveil::app {
namespace {

Result<catalog::Catalog> LoadForArgs(const cli::CliArgs& args) {
  if (!args.patterns_dir.empty()) {
    return catalog::Catalog::LoadDirectory(args.patterns_dir);
  }
  return catalog::Catalog::Load(args.pattern_dirs);
}

}  // namespace

Status RunPatternsList(const cli::CliArgs& args) {
  auto catalog = LoadForArgs(args);
  if (!catalog.ok()) return catalog.error();
  for (const auto& spec : catalog.value().specs()) {
    const char* engine = spec.finder.empty() ? "regex" : "finder";
    if (args.patterns_json) {
      std::printf(
          "{\"id\":\"%s\",\"label\":\"%s\",\"category\":\"%s\","
          "\"priority\":%d,\"engine\":\"%s\"}\n",
          spec.id.c_str(), spec.label.c_str(), spec.category.c_str(),
          spec.priority, engine);
    } else {
      std::printf("%-28s %-8s %-10s %4d  %-6s %s\n", spec.id.c_str(),
                  spec.label.c_str(), spec.category.c_str(), spec.priority,
                  engine, spec.name.c_str());
    }
  }
  return Ok{};
}

Status RunPatternsCheck(const cli::CliArgs& args) {
  auto catalog = LoadForArgs(args);
  if (!catalog.ok()) return catalog.error();
  confirm::FindOptions options;
  options.phone_regions = args.phone_regions;
  size_t failed = 0;
  for (const auto& spec : catalog.value().specs()) {
    auto problems = CheckSpec(spec, options);
    for (const auto& problem : problems) {
      std::printf("FAIL %s\n", problem.c_str());
    }
    failed += !problems.empty();
    if (problems.empty()) std::printf("ok   %s\n", spec.id.c_str());
  }
  std::printf("%zu passed, %zu failed\n",
              catalog.value().specs().size() - failed, failed);
  if (failed > 0) {
    return MakeError(ErrorCode::kConfig, std::to_string(failed) +
                                             " pattern(s) failed their checks");
  }
  return Ok{};
}

}  // namespace logveil::app
