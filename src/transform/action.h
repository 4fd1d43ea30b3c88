// Actions: what happens to a finding. One Action per detector, chosen by the
// policy; a std::variant handled by one visit, not a class hierarchy, so the
// hot path makes no virtual calls. Keyed actions carry their key material,
// set by config (never read from the environment here).
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "transform/keys.h"

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

inline constexpr int kDefaultHashHexChars = 12;
inline constexpr char kDefaultHashTemplate[] = "[{label}:{key_id}:{hash}]";

// Replaces the value with a keyed pseudonym token: HMAC-SHA-256 over the
// label, the tenant (if any) and the value, as `hex_chars` lower-case hex
// digits. "{label}", "{key_id}" and "{hash}" expand in the template.
struct HashAction {
  NamedKey key;        // set by config; never empty
  std::string tenant;  // optional namespace mixed into the HMAC input
  int hex_chars = kDefaultHashHexChars;
  std::string token_template = kDefaultHashTemplate;
  // Regions a national phone number is read in for its canonical form
  // (canonical.h); set by the engine from the finder's.
  std::vector<std::string> phone_regions = {"US"};
};

// Replaces the value with a keyed pseudonym of the same type and format:
// an IP stays an IP (prefix-preserving), an email an email, and so on. See
// docs/pseudonyms.md for each type. Types without such a form get the hash
// token; coordinates are rounded as by GeneralizeAction.
struct PseudonymizeAction {
  std::string tenant;  // from the policy; keys are derived with it
  std::shared_ptr<const PseudonymKeys> keys;  // set by config
  int ipv4_keep_bits = 0;  // leading bits kept in clear (0..32)
  int ipv6_keep_bits = 0;  // (0..128)
  bool email_keep_domain = true;
  bool card_keep_iin = true;    // the first six digits
  bool card_keep_last4 = true;  // the last four digits
  bool card_luhn = false;       // make the result pass the Luhn check
  // Walk the phone permutation until libphonenumber calls the result
  // valid (~10-70 us a number instead of ~0.2 us).
  bool phone_keep_valid = true;
  // Regions whose national numbers count as valid (the finder's, set by
  // app/).
  std::vector<std::string> phone_regions = {"US"};
};

// Coarsens the value: coordinates rounded to `decimals`, IP addresses
// truncated to a prefix. Types with no coarser form are redacted.
struct GeneralizeAction {
  int decimals = 2;  // 2 decimals of a degree ~ 1.1 km
  int ipv4_prefix = 24;
  int ipv6_prefix = 48;
};

// Replaces the value with a deterministic, reversible token
// "[LABEL~key_id~base64url(AES-SIV(label, tenant; value))]" that
// `logveil reveal` turns back into the value with the same key.
struct EncryptAction {
  std::string tenant;  // from the policy; becomes associated data
  std::shared_ptr<const EncryptKey> key;  // set by config
};

// Leaves the value as it is (the finding is still counted).
struct KeepAction {};

using Action =
    std::variant<RedactAction, MaskAction, HashAction, PseudonymizeAction,
                 GeneralizeAction, EncryptAction, KeepAction>;

// The action of each detector, indexed by detect::DetectorId.
using ActionTable = std::vector<Action>;

}  // namespace logveil::transform
