#include "app/keys.h"

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "config/key_file.h"

namespace logveil::app {
namespace {

// Keeps secrets out of core dumps and away from same-user debuggers, from
// the moment the first one is read.
void ProtectSecretsInMemory() {
  rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
#if defined(__linux__)
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

// Returns the key named by environment variables `secret_name` and
// `secret_name`_ID, or nullopt if the secret is unset or empty.
Result<std::optional<transform::NamedKey>> EnvironmentKey(
    const std::string& secret_name) {
  const char* secret = std::getenv(secret_name.c_str());
  if (secret == nullptr || *secret == '\0') {
    return std::optional<transform::NamedKey>();
  }
  const char* id = std::getenv((secret_name + "_ID").c_str());
  std::string key_id = id ? id : "k1";
  if (!config::IsValidKeyId(key_id)) {
    return MakeError(ErrorCode::kConfig,
                     secret_name +
                         "_ID: a key id is 1 to 16 letters, "
                         "digits, '_' or '-'");
  }
  ProtectSecretsInMemory();
  return std::optional<transform::NamedKey>(
      transform::NamedKey{key_id, transform::SecretKey(secret)});
}

// Returns the contents of --hash-key-file, one trailing newline dropped.
Result<transform::NamedKey> HashKeyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) return MakeError(ErrorCode::kConfig, path + ": cannot read");
  ProtectSecretsInMemory();
  std::string key = text.str();
  if (!key.empty() && key.back() == '\n') key.pop_back();
  if (!key.empty() && key.back() == '\r') key.pop_back();
  if (key.empty()) return MakeError(ErrorCode::kConfig, path + ": empty");
  return transform::NamedKey{"k1", transform::SecretKey(std::move(key))};
}

Result<config::KeyFile> ReadKeyFile(const cli::CliArgs& args) {
  if (args.key_file.empty()) return config::KeyFile{};
  ProtectSecretsInMemory();
  return config::LoadKeyFile(args.key_file);
}

}  // namespace

Result<config::ActionKeys> LoadActionKeys(const cli::CliArgs& args) {
  auto file = ReadKeyFile(args);
  if (!file.ok()) return file.error();
  config::ActionKeys keys;
  keys.tenant = args.tenant;
  const config::KeyFile& from_file = file.value();
  if (from_file.hash.active >= 0) {
    if (!args.hash_key_file.empty()) {
      return MakeError(ErrorCode::kUsage,
                       "--hash-key-file and a 'hash' key in --key-file: "
                       "give one");
    }
    keys.hash = from_file.hash.keys[from_file.hash.active];
  } else if (!args.hash_key_file.empty()) {
    auto key = HashKeyFile(args.hash_key_file);
    if (!key.ok()) return key.error();
    keys.hash = std::move(key).value();
  } else {
    auto key = EnvironmentKey("LOGVEIL_HASH_KEY");
    if (!key.ok()) return key.error();
    keys.hash = std::move(key).value();
  }
  if (from_file.encrypt.active >= 0) {
    keys.encrypt = from_file.encrypt.keys[from_file.encrypt.active];
  } else {
    auto key = EnvironmentKey("LOGVEIL_ENCRYPT_KEY");
    if (!key.ok()) return key.error();
    keys.encrypt = std::move(key).value();
  }
  return keys;
}

Result<std::vector<transform::EncryptKey>> LoadRevealKeys(
    const cli::CliArgs& args) {
  auto file = ReadKeyFile(args);
  if (!file.ok()) return file.error();
  std::vector<transform::NamedKey> secrets = file.value().encrypt.keys;
  if (secrets.empty()) {
    auto key = EnvironmentKey("LOGVEIL_ENCRYPT_KEY");
    if (!key.ok()) return key.error();
    if (key.value()) secrets.push_back(*key.value());
  }
  if (secrets.empty()) {
    return MakeError(ErrorCode::kConfig,
                     "reveal needs the encrypt key: set LOGVEIL_ENCRYPT_KEY "
                     "or give --key-file with 'encrypt' keys");
  }
  std::vector<transform::EncryptKey> keys;
  for (const auto& secret : secrets) {
    keys.push_back(transform::DeriveEncryptKey(secret, args.tenant));
  }
  return keys;
}

}  // namespace logveil::app
