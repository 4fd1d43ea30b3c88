#include "transform/keyed_hash.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace logveil::transform {

void AppendHmacSha256Hex(std::string_view key, std::string_view message,
                         int hex_chars, std::string& out) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_bytes = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
       digest, &digest_bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < hex_chars && i / 2 < static_cast<int>(digest_bytes);
       ++i) {
    unsigned char byte = digest[i / 2];
    out.push_back(kHex[i % 2 == 0 ? byte >> 4 : byte & 0xf]);
  }
}

}  // namespace logveil::transform
