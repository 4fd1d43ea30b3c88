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

constexpr std::string_view kNumberMark = "~n";

// A token's parts, as views into the scanned text.
struct Token {
  size_t begin = 0, end = 0;  // '[' .. one past ']'
  std::string_view label, key_id, payload;
  bool number = false;  // TokenForm::kJsonNumber
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
  size_t close = payload_end;
  token.number = text.substr(close, kNumberMark.size()) == kNumberMark;
  if (token.number) close += kNumberMark.size();
  if (close >= text.size() || text[close] != ']') return false;
  token.begin = label_begin - 1;
  token.end = close + 1;
  token.label = text.substr(label_begin, tilde - label_begin);
  token.key_id = text.substr(tilde + 1, id_end - tilde - 1);
  token.payload = text.substr(id_end + 1, payload_end - id_end - 1);
  return true;
}

// Returns the length of the quote on each side of `token`: 1 for '"', 2 for
// '\"' (a token in JSON nested in a JSON string), and so on; 0 if the two
// sides differ or there is none.
size_t QuoteAround(std::string_view text, size_t from, const Token& token) {
  size_t before = 0;
  if (token.begin > from && text[token.begin - 1] == '"') {
    before = 1;
    while (token.begin - before > from &&
           text[token.begin - before - 1] == '\\') {
      ++before;
    }
  }
  if (before == 0 || token.end + before > text.size()) return 0;
  std::string_view after = text.substr(token.end, before);
  for (size_t i = 0; i + 1 < before; ++i) {
    if (after[i] != '\\') return 0;
  }
  return after.back() == '"' ? before : 0;
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
  AppendEncrypted(key, label, value, TokenForm::kText, out);
}

void AppendEncrypted(const EncryptKey& key, std::string_view label,
                     std::string_view value, TokenForm form, std::string& out) {
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
  if (form == TokenForm::kJsonNumber) out.append(kNumberMark);
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
    // A number's token was written between quotes that were not there.
    size_t quote = token.number ? QuoteAround(text, copied, token) : 0;
    token.end += quote;
    out.append(text.substr(copied, token.begin - quote - copied));
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
