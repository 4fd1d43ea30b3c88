// The engine most unit tests scrub with: the built-in patterns and the
// default policy, built once per test binary.
#pragma once

#include <catch2/catch.hpp>

#include "app/engine.h"
#include "catalog/catalog.h"

namespace logveil::testing {

inline const app::Engine& DefaultEngine() {
  static const app::Engine engine = [] {
    auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    auto built = app::BuildEngine(catalog.value(), app::EngineOptions{});
    REQUIRE(built.ok());
    return std::move(built).value();
  }();
  return engine;
}

}  // namespace logveil::testing
