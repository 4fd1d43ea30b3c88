#include "transform/encrypt.h"

#include <cstring>

#include "base/ascii.h"
#include "transform/token.h"

namespace logveil::transform {
namespace {

constexpr size_t kMinSealedBytes = 17;  // a 16-byte tag and one value byte

bool IsLabelChar(char c) {
  return ascii::IsUpper(c) || ascii::IsDigit(c) || c == '_';
}
bool IsBase64UrlChar(char c) {
  return ascii::IsAlnum(c) || c == '-' || c == '_';
}

// A token's parts, as views into the scanned text.
struct Token {
  size_t begin = 0, end = 0;  // '[' .. one past ']'
  std::string_view label, key_id, payload;
};

// Parses a token around the first '~' at `tilde`; false if there is none.
bool ParseToken(std::string_view text, size_t tilde, Token& token) {
  size_t label_begin = tilde;
  while (label_begin > 0 && IsLabelChar(text[label_begin - 1])) --label_begin;
  if (label_begin == tilde || label_begin == 0 ||
      text[label_begin - 1] != '[') {
    return false;
  }
  size_t id_end = tilde + 1;
  while (id_end < text.size() && IsBase64UrlChar(text[id_end])) ++id_end;
  if (id_end == tilde + 1 || id_end == text.size() || text[id_end] != '~') {
    return false;
  }
  size_t payload_end = id_end + 1;
  while (payload_end < text.size() && IsBase64UrlChar(text[payload_end])) {
    ++payload_end;
  }
  if (payload_end == text.size() || text[payload_end] != ']') return false;
  token.begin = label_begin - 1;
  token.end = payload_end + 1;
  token.label = text.substr(label_begin, tilde - label_begin);
  token.key_id = text.substr(tilde + 1, id_end - tilde - 1);
  token.payload = text.substr(id_end + 1, payload_end - id_end - 1);
  return true;
}

const EncryptKey* FindKey(const std::vector<EncryptKey>& keys,
                          std::string_view id) {
  for (const auto& key : keys) {
    if (key.id == id) return &key;
  }
  return nullptr;
}

bool Open(const EncryptKey& key, std::string_view label,
          std::string_view sealed, std::string& out) {
  if (key.tenant.empty())
    return AppendAesSivOpened(key.siv, {label}, sealed, out);
  return AppendAesSivOpened(key.siv, {label, key.tenant}, sealed, out);
}

Error TokenError(const Token& token, std::string_view problem) {
  return MakeError(ErrorCode::kConfig, "token [" + std::string(token.label) +
                                           "~" + std::string(token.key_id) +
                                           "~...] " + std::string(problem));
}

}  // namespace

void AppendEncrypted(const EncryptKey& key, std::string_view label,
                     std::string_view value, std::string& out) {
  thread_local std::string sealed;
  sealed.clear();
  if (key.tenant.empty()) {
    AppendAesSivSealed(key.siv, {label}, value, sealed);
  } else {
    AppendAesSivSealed(key.siv, {label, key.tenant}, value, sealed);
  }
  out.push_back('[');
  out.append(label);
  out.push_back('~');
  out.append(key.id);
  out.push_back('~');
  AppendBase64Url(sealed, out);
  out.push_back(']');
}

Status AppendRevealed(std::string_view text,
                      const std::vector<EncryptKey>& keys, std::string& out) {
  thread_local std::string sealed;
  size_t copied = 0;
  size_t from = 0;
  while (const void* found =
             std::memchr(text.data() + from, '~', text.size() - from)) {
    size_t tilde = static_cast<const char*>(found) - text.data();
    from = tilde + 1;
    Token token;
    sealed.clear();
    if (!ParseToken(text, tilde, token) ||
        !AppendBase64UrlDecoded(token.payload, sealed) ||
        sealed.size() < kMinSealedBytes) {
      continue;
    }
    const EncryptKey* key = FindKey(keys, token.key_id);
    if (key == nullptr) {
      return TokenError(token, "needs a key with this id; none was given");
    }
    out.append(text.substr(copied, token.begin - copied));
    if (!Open(*key, token.label, sealed, out)) {
      return TokenError(token, "does not decrypt: wrong key or tenant");
    }
    copied = token.end;
    from = token.end;
  }
  out.append(text.substr(copied));
  return Ok{};
}

}  // namespace logveil::transform
