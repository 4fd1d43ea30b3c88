// Key files (--key-file): several secrets with ids, one active per purpose,
// so keys can rotate: scrubbing uses the active key, reveal every key. One
// key per line, fields separated by blanks, '#' starts a comment:
//
//   # purpose  id  secret (hex, >= 16 bytes)                     [active]
//   hash       k1  3b1f0c...
//   hash       k2  91c4d2...                                       active
//   encrypt    e1  5a77e0...                                       active
//
// `hash` keys serve the hash and pseudonymize actions, `encrypt` keys the
// encrypt action and `logveil reveal`. Errors name the file and line, never
// a secret.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "transform/keys.h"

namespace logveil::config {

// The keys of one purpose, in file order.
struct KeyList {
  std::vector<transform::NamedKey> keys;
  int active = -1;  // index into keys; -1 if there are none
};

struct KeyFile {
  KeyList hash;
  KeyList encrypt;
};

// Parses `text`, the contents of `file_name`.
Result<KeyFile> ParseKeyFile(std::string_view file_name, std::string_view text);

// Reads and parses the key file at `path`.
Result<KeyFile> LoadKeyFile(const std::string& path);

// Returns true if `id` may name a key: 1-16 of [A-Za-z0-9_-], so it never
// holds the ':' and '~' that separate token fields.
bool IsValidKeyId(std::string_view id);

}  // namespace logveil::config
