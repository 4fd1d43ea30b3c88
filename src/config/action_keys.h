// Gives the keyed actions (hash, pseudonymize, encrypt) their key material
// when the policy is resolved, once per detector at start-up.
#pragma once

#include "base/result.h"
#include "config/policy.h"

namespace logveil::config {

// Sets the key (derived keys for pseudonymize and encrypt) and the tenant
// of `action`, the action of `detector`; a no-op for unkeyed actions.
// Returns a kConfig error naming the detector and how to supply the key if
// `keys` lacks the secret the action needs.
Status BindKeys(const detect::Detector& detector, const ActionKeys& keys,
                transform::Action& action);

}  // namespace logveil::config
