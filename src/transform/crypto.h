// Cryptographic primitives of the keyed actions: HMAC-SHA-256 (RFC 2104),
// AES-128 on single blocks (FIPS 197) and AES-SIV (RFC 5297). The only
// includer of OpenSSL. Values are never hashed unkeyed: a phone number has
// ~10^10 values, so an unkeyed digest is reversed by enumeration in minutes.
// The one unkeyed digest here, Sha256, checksums whole files for the batch
// manifest and never sees a single value.
//
// All functions are thread-safe. OpenSSL contexts are expensive to set up
// (an HMAC through the one-shot API costs ~900 ns, through a reused context
// ~160 ns), so each thread keeps its contexts per key, found by the key's
// serial number.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace logveil::transform {

// Secret bytes and a process-unique serial number. Copies share the serial
// (and so the cached contexts); a new SecretKey gets a new one, so a freed
// key's contexts are never used for another key at the same address.
class SecretKey {
 public:
  SecretKey() = default;
  explicit SecretKey(std::string bytes);

  std::string_view bytes() const { return bytes_; }
  bool empty() const { return bytes_.empty(); }
  uint64_t serial() const { return serial_; }

 private:
  std::string bytes_;
  uint64_t serial_ = 0;
};

using Sha256Digest = std::array<uint8_t, 32>;

// Returns HMAC-SHA-256 keyed by `key` over the concatenation of `parts`.
Sha256Digest HmacSha256(const SecretKey& key,
                        std::initializer_list<std::string_view> parts);

// Encrypts `blocks` 16-byte blocks from `in` to `out`, each on its own
// (ECB), with AES-128 keyed by `key` (16 bytes).
void Aes128EncryptBlocks(const SecretKey& key, const uint8_t* in, uint8_t* out,
                         size_t blocks);

// Appends V || C, the AES-SIV encryption of `plaintext` with the associated
// data strings `ad` (RFC 5297; `key` of 32 bytes: AES-128-SIV, or 64 bytes:
// AES-256-SIV). Deterministic: the same inputs give the same bytes.
void AppendAesSivSealed(const SecretKey& key,
                        std::initializer_list<std::string_view> ad,
                        std::string_view plaintext, std::string& out);

// Appends the plaintext of `sealed` (V || C) and returns true if it
// authenticates under `key` and `ad`; otherwise appends nothing and returns
// false (wrong key, wrong associated data or altered bytes).
bool AppendAesSivOpened(const SecretKey& key,
                        std::initializer_list<std::string_view> ad,
                        std::string_view sealed, std::string& out);

// Incremental SHA-256 (FIPS 180-4) of a whole file: the one unkeyed digest
// here, for batch manifests (docs/batch.md), never applied to values.
// Not thread-safe: one per stream.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  // Adds `bytes` to the message (about 2 GB/s with the x86 SHA extensions).
  void Update(std::string_view bytes);
  // Returns the 64 lower-case hex digits of the digest of everything added
  // so far, and starts a new message.
  std::string FinishHex();

 private:
  struct Context;
  Context* context_;
};

}  // namespace logveil::transform
