#include "config/action_keys.h"

#include <memory>

namespace logveil::config {
namespace {

Error MissingKey(const detect::Detector& detector, const char* action,
                 const char* how) {
  return MakeError(ErrorCode::kConfig, std::string("action '") + action +
                                           "' for " + detector.id +
                                           " needs a key: " + how);
}

constexpr char kHashKeyHelp[] =
    "set LOGVEIL_HASH_KEY, --hash-key-file or a 'hash' key in --key-file "
    "(logveil never hashes unkeyed)";
constexpr char kEncryptKeyHelp[] =
    "set LOGVEIL_ENCRYPT_KEY or an 'encrypt' key in --key-file";

const std::string& Tenant(const std::string& own, const ActionKeys& keys) {
  return own.empty() ? keys.tenant : own;
}

}  // namespace

Status BindKeys(const detect::Detector& detector, const ActionKeys& keys,
                transform::Action& action) {
  if (auto* hash = std::get_if<transform::HashAction>(&action)) {
    if (!keys.hash) return MissingKey(detector, "hash", kHashKeyHelp);
    hash->key = *keys.hash;
    hash->tenant = Tenant(hash->tenant, keys);
  } else if (auto* pseudonymize =
                 std::get_if<transform::PseudonymizeAction>(&action)) {
    if (!keys.hash) {
      return MissingKey(detector, "pseudonymize", kHashKeyHelp);
    }
    pseudonymize->tenant = Tenant(pseudonymize->tenant, keys);
    pseudonymize->keys = std::make_shared<const transform::PseudonymKeys>(
        transform::DerivePseudonymKeys(*keys.hash, pseudonymize->tenant));
  } else if (auto* encrypt = std::get_if<transform::EncryptAction>(&action)) {
    if (!keys.encrypt) {
      return MissingKey(detector, "encrypt", kEncryptKeyHelp);
    }
    encrypt->tenant = Tenant(encrypt->tenant, keys);
    encrypt->key = std::make_shared<const transform::EncryptKey>(
        transform::DeriveEncryptKey(*keys.encrypt, encrypt->tenant));
  }
  return Ok{};
}

}  // namespace logveil::config
