// Detector: the compiled, immutable form of one PatternSpec.
#pragma once

#include <cstdint>
#include <string>

#include "confirm/context_words.h"
#include "confirm/finder.h"
#include "detect/look_alikes.h"
#include "validate/validator.h"

namespace logveil::detect {

// Index of a Detector in its DetectorSet.
using DetectorId = uint32_t;

struct Detector {
  std::string id;        // "network.ipv4"
  std::string label;     // "IPV4"
  std::string category;  // "network"
  int priority = 0;
  // Set for finder detectors; null for regex detectors, which are run by
  // the Hyperscan prefilter and the RE2 extractor under the same index.
  confirm::FindFunction find = nullptr;
  validate::Validator validator = nullptr;  // regex detectors only
  // Regex detectors only, optional: spans by hand where it can decide.
  confirm::FastPath fast_path = nullptr;
  // The entry's `context:`: its words, and the look-alikes it yields to
  // (detect/context_filter.h).
  confirm::ContextWords context{};
  LookAlikeSet look_alikes{};
};

}  // namespace logveil::detect
