#include "transform/keys.h"

namespace logveil::transform {
namespace {

// Derives `bytes` (at most 32) of key for `purpose` from `secret`.
SecretKey Derive(const SecretKey& secret, std::string_view purpose,
                 std::string_view tenant, size_t bytes) {
  using namespace std::string_view_literals;
  Sha256Digest digest =
      HmacSha256(secret, {"logveil key v1\0"sv, purpose, "\0"sv, tenant});
  return SecretKey(
      std::string(reinterpret_cast<const char*>(digest.data()), bytes));
}

}  // namespace

PseudonymKeys DerivePseudonymKeys(const NamedKey& hash_key,
                                  std::string_view tenant) {
  PseudonymKeys keys;
  keys.hash = hash_key;
  keys.tenant = std::string(tenant);
  keys.ip.first = Derive(hash_key.secret, "ipcrypt-pfx k1", tenant, 16);
  keys.ip.second = Derive(hash_key.secret, "ipcrypt-pfx k2", tenant, 16);
  keys.digits = Derive(hash_key.secret, "digits", tenant, 16);
  keys.email = Derive(hash_key.secret, "email", tenant, 32);
  keys.email_tag = Derive(hash_key.secret, "email tag", tenant, 32);
  return keys;
}

EncryptKey DeriveEncryptKey(const NamedKey& encrypt_key,
                            std::string_view tenant) {
  return EncryptKey{encrypt_key.id,
                    Derive(encrypt_key.secret, "aes-128-siv", "", 32),
                    std::string(tenant)};
}

Sha256Digest KeyedValueDigest(const NamedKey& key, std::string_view tenant,
                              std::string_view label, std::string_view value) {
  using namespace std::string_view_literals;
  if (tenant.empty()) return HmacSha256(key.secret, {label, "\0"sv, value});
  return HmacSha256(key.secret, {label, "\x01"sv, tenant, "\0"sv, value});
}

}  // namespace logveil::transform
