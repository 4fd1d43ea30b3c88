// Test support for json/: engines built from the built-in catalog and a
// policy text (cached per policy), and a one-call scrub of some lines.
#pragma once

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>

#include "app/engine.h"
#include "catalog/catalog.h"
#include "config/policy_file.h"
#include "json/json_scrubber.h"

namespace logveil::json::testing {

inline const app::Engine& EngineFor(const std::string& policy_yaml) {
  static std::map<std::string, std::unique_ptr<app::Engine>> engines;
  auto& engine = engines[policy_yaml];
  if (!engine) {
    static const auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    auto policy = config::ParsePolicy("test policy", policy_yaml);
    INFO((policy.ok() ? std::string() : policy.error().message));
    REQUIRE(policy.ok());
    app::EngineOptions options;
    options.policy = std::move(policy).value();
    options.keys.hash =
        transform::NamedKey{"k1", transform::SecretKey("json-test-key")};
    auto built = app::BuildEngine(catalog.value(), options);
    INFO((built.ok() ? std::string() : built.error().message));
    REQUIRE(built.ok());
    engine = std::make_unique<app::Engine>(std::move(built).value());
  }
  return *engine;
}

// Scrubs `lines` (one batch) as the pipeline would and returns the output.
inline std::string Scrub(const std::string& lines,
                         const std::string& policy_yaml = "",
                         Format format = Format::kAuto,
                         report::Stats* stats = nullptr) {
  const app::Engine& engine = EngineFor(policy_yaml);
  JsonScrubber scrubber(engine.detectors, engine.actions, engine.json, format);
  report::Stats local;
  std::string out;
  scrubber.Scrub(lines, lines.size(), out, stats ? *stats : local);
  return out;
}

}  // namespace logveil::json::testing
