// Actions: what happens to a finding. One Action per detector, chosen by the
// policy; a std::variant handled by one visit, not a class hierarchy, so the
// hot path makes no virtual calls.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace logveil::transform {

// Replaces the value with a token; "{label}" expands to the detector label.
struct RedactAction {
  std::string token_template = "[{label}]";
};

// Keeps the first/last few letters and digits and masks the rest with
// `mask_char`. With keep_separators, punctuation and spaces stay where they
// were, so "4111-1111-1111-1111" becomes "****-****-****-1111".
struct MaskAction {
  int keep_first = 0;
  int keep_last = 4;
  char mask_char = '*';
  bool keep_separators = true;
};

// Replaces the value with a keyed pseudonym: HMAC-SHA-256 over the label and
// the value, as `hex_chars` lower-case hex digits. "{label}" and "{hash}"
// expand in the template. The key is never empty (config refuses that).
struct HashAction {
  std::string key;
  int hex_chars = 12;
  std::string token_template = "[{label}:{hash}]";
};

// Leaves the value as it is (the finding is still counted).
struct KeepAction {};

using Action = std::variant<RedactAction, MaskAction, HashAction, KeepAction>;

// The action of each detector, indexed by detect::DetectorId.
using ActionTable = std::vector<Action>;

}  // namespace logveil::transform
