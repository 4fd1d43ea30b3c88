// Secrets for the keyed actions and for `reveal`, read from the key file
// (--key-file), the hash key file (--hash-key-file) or the environment:
// the only code that reads them. Secrets never appear in messages.
#pragma once

#include <vector>

#include "base/result.h"
#include "cli/flags.h"
#include "config/policy.h"
#include "transform/keys.h"

namespace logveil::app {

// Returns the secrets to scrub with, per purpose from the first source that
// has one: the active key of --key-file; for hash, --hash-key-file (id
// "k1"); the environment, LOGVEIL_HASH_KEY or LOGVEIL_ENCRYPT_KEY with the
// id in LOGVEIL_HASH_KEY_ID or LOGVEIL_ENCRYPT_KEY_ID (default "k1"). A
// purpose no source has stays empty. Also sets the tenant (--tenant).
Result<config::ActionKeys> LoadActionKeys(const cli::CliArgs& args);

// Returns the keys `reveal` may use: every encrypt key of --key-file, or
// else LOGVEIL_ENCRYPT_KEY. No key at all is a kConfig error.
Result<std::vector<transform::EncryptKey>> LoadRevealKeys(
    const cli::CliArgs& args);

}  // namespace logveil::app
