// Key material of the keyed actions. A user gives secrets with ids (from the
// environment or a key file, read by app/); each action derives what it
// needs from one secret, with a distinct label per use (key separation), so
// the hash tokens, the IP pseudonyms and the email pseudonyms of one secret
// are unrelated to each other. Deriving costs a few HMACs, once at start-up.
#pragma once

#include <string>
#include <string_view>

#include "transform/crypto.h"
#include "transform/ipcrypt_pfx.h"

namespace logveil::transform {

// A secret and the id that names it in tokens ("k1"); ids rotate with keys.
struct NamedKey {
  std::string id;
  SecretKey secret;
};

// The keys of the pseudonymize action, all derived from the hash secret and
// the tenant.
struct PseudonymKeys {
  NamedKey hash;        // the secret itself: fallback tokens equal `hash`'s
  std::string tenant;   // mixed into fallback tokens as `hash` does
  PfxKey ip;            // ipcrypt-pfx, shared by IPv4 and IPv6
  SecretKey digits;     // AES-128 of the digit and hex permutations
  SecretKey email;      // HMAC: local part and domain pseudonyms
  SecretKey email_tag;  // HMAC: marks an email as logveil's own pseudonym
};

// The key of encrypt tokens: AES-128-SIV, derived from an encrypt secret.
// The tenant is associated data, so reveal needs the same tenant.
struct EncryptKey {
  std::string id;
  SecretKey siv;  // 32 bytes
  std::string tenant;
};

PseudonymKeys DerivePseudonymKeys(const NamedKey& hash_key,
                                  std::string_view tenant);

EncryptKey DeriveEncryptKey(const NamedKey& encrypt_key,
                            std::string_view tenant);

// Returns the HMAC of the hash action: over the label, the tenant if not
// empty, and the value, unambiguously separated (labels hold no control
// bytes and tenants no NUL). Without a tenant the input is label NUL value.
Sha256Digest KeyedValueDigest(const NamedKey& key, std::string_view tenant,
                              std::string_view label, std::string_view value);

}  // namespace logveil::transform
