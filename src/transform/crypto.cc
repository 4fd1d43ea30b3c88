// OpenSSL adapter: the only file that includes OpenSSL headers.
#include "transform/crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>
#include <cstdlib>
#include <tuple>
#include <utility>
#include <vector>

namespace logveil::transform {
namespace {

constexpr size_t kSivTagBytes = 16;

// OpenSSL objects that only fail to build when the library is broken or
// out of memory: a bug we cannot recover from, not an input error.
template <typename T>
T* Required(T* object) {
  if (object == nullptr) std::abort();
  return object;
}

EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* mac = Required(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
  return mac;
}

// One thread's OpenSSL contexts, each set up for one key. Few keys exist in
// a run; tests make many, so the cache starts over past kMaxEntries.
class ThreadContexts {
 public:
  ~ThreadContexts() {
    Clear();
    EVP_CIPHER_CTX_free(scratch_);
  }

  EVP_MAC_CTX* Hmac(const SecretKey& key) {
    for (auto& [serial, context] : macs_) {
      if (serial == key.serial()) return context;
    }
    if (macs_.size() >= kMaxEntries) Clear();
    EVP_MAC_CTX* context = Required(EVP_MAC_CTX_new(HmacAlgorithm()));
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end()};
    // An empty key is refused by config; HMAC itself allows it.
    static const unsigned char kNoKey = 0;
    const auto* bytes =
        key.empty()
            ? &kNoKey
            : reinterpret_cast<const unsigned char*>(key.bytes().data());
    if (EVP_MAC_init(context, bytes, key.bytes().size(), params) != 1) {
      std::abort();
    }
    macs_.emplace_back(key.serial(), context);
    return context;
  }

  // Returns a context for AES-SIV with `key`, set up to encrypt or
  // decrypt and ready for data, or null if the key has no SIV size. SIV
  // cannot restart with the key it has, and setting a key up costs ~2.5 us,
  // so each key's set-up context is kept and copied (~1.2 us).
  EVP_CIPHER_CTX* Siv(const SecretKey& key, bool encrypt) {
    EVP_CIPHER_CTX* ready = nullptr;
    for (auto& [serial, encrypting, context] : sivs_) {
      if (serial == key.serial() && encrypting == encrypt) ready = context;
    }
    if (ready == nullptr) {
      if (sivs_.size() >= kMaxEntries) Clear();
      ready = NewSiv(key, encrypt);
      if (ready == nullptr) return nullptr;
      sivs_.emplace_back(key.serial(), encrypt, ready);
    }
    if (scratch_ == nullptr) scratch_ = Required(EVP_CIPHER_CTX_new());
    if (EVP_CIPHER_CTX_copy(scratch_, ready) != 1) std::abort();
    return scratch_;
  }

  EVP_CIPHER_CTX* Aes128(const SecretKey& key) {
    for (auto& [serial, context] : ciphers_) {
      if (serial == key.serial()) return context;
    }
    if (ciphers_.size() >= kMaxEntries) Clear();
    if (key.bytes().size() != 16) std::abort();
    EVP_CIPHER_CTX* context = Required(EVP_CIPHER_CTX_new());
    if (EVP_EncryptInit_ex(
            context, EVP_aes_128_ecb(), nullptr,
            reinterpret_cast<const unsigned char*>(key.bytes().data()),
            nullptr) != 1) {
      std::abort();
    }
    EVP_CIPHER_CTX_set_padding(context, 0);
    ciphers_.emplace_back(key.serial(), context);
    return context;
  }

 private:
  static constexpr size_t kMaxEntries = 32;

  static EVP_CIPHER_CTX* NewSiv(const SecretKey& key, bool encrypt) {
    // SIV exists only as a provider algorithm, fetched by name.
    static EVP_CIPHER* siv128 =
        Required(EVP_CIPHER_fetch(nullptr, "AES-128-SIV", nullptr));
    static EVP_CIPHER* siv256 =
        Required(EVP_CIPHER_fetch(nullptr, "AES-256-SIV", nullptr));
    const EVP_CIPHER* cipher = key.bytes().size() == 64   ? siv256
                               : key.bytes().size() == 32 ? siv128
                                                          : nullptr;
    if (cipher == nullptr) return nullptr;
    EVP_CIPHER_CTX* context = Required(EVP_CIPHER_CTX_new());
    if (EVP_CipherInit_ex(
            context, cipher, nullptr,
            reinterpret_cast<const unsigned char*>(key.bytes().data()), nullptr,
            encrypt ? 1 : 0) != 1) {
      std::abort();
    }
    return context;
  }

  void Clear() {
    for (auto& [serial, context] : macs_) EVP_MAC_CTX_free(context);
    for (auto& [serial, context] : ciphers_) EVP_CIPHER_CTX_free(context);
    for (auto& [serial, encrypting, context] : sivs_) {
      EVP_CIPHER_CTX_free(context);
    }
    macs_.clear();
    ciphers_.clear();
    sivs_.clear();
  }

  std::vector<std::pair<uint64_t, EVP_MAC_CTX*>> macs_;
  std::vector<std::pair<uint64_t, EVP_CIPHER_CTX*>> ciphers_;
  std::vector<std::tuple<uint64_t, bool, EVP_CIPHER_CTX*>> sivs_;
  EVP_CIPHER_CTX* scratch_ = nullptr;  // the SIV context in use
};

thread_local ThreadContexts contexts;

const unsigned char* Bytes(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

// Returns a SIV context for `key` that has taken `ad`, or null if the key
// has no SIV size or OpenSSL refuses the data.
EVP_CIPHER_CTX* StartSiv(const SecretKey& key, bool encrypt,
                         std::initializer_list<std::string_view> ad) {
  EVP_CIPHER_CTX* siv = contexts.Siv(key, encrypt);
  if (siv == nullptr) return nullptr;
  for (std::string_view part : ad) {
    int written = 0;
    if (EVP_CipherUpdate(siv, nullptr, &written, Bytes(part),
                         static_cast<int>(part.size())) != 1) {
      return nullptr;
    }
  }
  return siv;
}

std::atomic<uint64_t> next_serial{1};

}  // namespace

SecretKey::SecretKey(std::string bytes)
    : bytes_(std::move(bytes)), serial_(next_serial.fetch_add(1)) {}

Sha256Digest HmacSha256(const SecretKey& key,
                        std::initializer_list<std::string_view> parts) {
  EVP_MAC_CTX* context = contexts.Hmac(key);
  // A null key restarts the MAC with the key it was set up with.
  if (EVP_MAC_init(context, nullptr, 0, nullptr) != 1) std::abort();
  for (std::string_view part : parts) {
    EVP_MAC_update(context, Bytes(part), part.size());
  }
  Sha256Digest digest;
  size_t digest_bytes = 0;
  if (EVP_MAC_final(context, digest.data(), &digest_bytes, digest.size()) !=
      1) {
    std::abort();
  }
  return digest;
}

void Aes128EncryptBlocks(const SecretKey& key, const uint8_t* in, uint8_t* out,
                         size_t blocks) {
  EVP_CIPHER_CTX* context = contexts.Aes128(key);
  int written = 0;
  if (EVP_EncryptUpdate(context, out, &written, in,
                        static_cast<int>(blocks * 16)) != 1) {
    std::abort();
  }
}

void AppendAesSivSealed(const SecretKey& key,
                        std::initializer_list<std::string_view> ad,
                        std::string_view plaintext, std::string& out) {
  EVP_CIPHER_CTX* siv = StartSiv(key, /*encrypt=*/true, ad);
  if (siv == nullptr) std::abort();  // a key of the wrong size: a bug
  size_t start = out.size();
  out.resize(start + kSivTagBytes + plaintext.size());
  auto* tag = reinterpret_cast<unsigned char*>(out.data() + start);
  int written = 0;
  if (EVP_EncryptUpdate(siv, tag + kSivTagBytes, &written, Bytes(plaintext),
                        static_cast<int>(plaintext.size())) != 1 ||
      EVP_EncryptFinal_ex(siv, tag + kSivTagBytes + written, &written) != 1 ||
      EVP_CIPHER_CTX_ctrl(siv, EVP_CTRL_AEAD_GET_TAG, kSivTagBytes, tag) != 1) {
    std::abort();
  }
}

bool AppendAesSivOpened(const SecretKey& key,
                        std::initializer_list<std::string_view> ad,
                        std::string_view sealed, std::string& out) {
  if (sealed.size() < kSivTagBytes) return false;
  std::string_view ciphertext = sealed.substr(kSivTagBytes);
  EVP_CIPHER_CTX* siv = StartSiv(key, /*encrypt=*/false, ad);
  // The tag (the synthetic IV) is checked when the ciphertext comes.
  if (siv == nullptr ||
      EVP_CIPHER_CTX_ctrl(siv, EVP_CTRL_AEAD_SET_TAG, kSivTagBytes,
                          const_cast<char*>(sealed.data())) != 1) {
    return false;
  }
  size_t start = out.size();
  out.resize(start + ciphertext.size());
  auto* plain = reinterpret_cast<unsigned char*>(out.data() + start);
  int written = 0;
  int final_written = 0;
  if (EVP_DecryptUpdate(siv, plain, &written, Bytes(ciphertext),
                        static_cast<int>(ciphertext.size())) != 1 ||
      EVP_DecryptFinal_ex(siv, plain + written, &final_written) != 1) {
    OPENSSL_cleanse(plain, ciphertext.size());
    out.resize(start);
    return false;
  }
  return true;
}

struct Sha256::Context {
  EVP_MD_CTX* md = Required(EVP_MD_CTX_new());
};

Sha256::Sha256() : context_(new Context) {
  EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr);
}

Sha256::~Sha256() {
  EVP_MD_CTX_free(context_->md);
  delete context_;
}

void Sha256::Update(std::string_view bytes) {
  EVP_DigestUpdate(context_->md, bytes.data(), bytes.size());
}

std::string Sha256::FinishHex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_bytes = 0;
  EVP_DigestFinal_ex(context_->md, digest, &digest_bytes);
  EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < digest_bytes; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace logveil::transform
