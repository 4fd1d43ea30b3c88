// What both accuracy test files share: where the corpus is, and the one
// default engine of the process (a test fails if it cannot be built).
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "accuracy/evaluation.h"

namespace logveil::accuracy {

inline const std::string kCorpusDir =
    std::string(LOGVEIL_SHARED_DIR) + "/corpus";

// Returns DefaultEngine(), or fails the running test.
inline const app::Engine& TheEngine() {
  const auto& engine = DefaultEngine();
  if (!engine.ok()) FAIL("engine: " << engine.error().message);
  return engine.value();
}

}  // namespace logveil::accuracy
