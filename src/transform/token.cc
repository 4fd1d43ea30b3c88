#include "transform/token.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "transform/canonical.h"

namespace logveil::transform {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kBase64Url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Maps a byte to its base64url value, or -1.
constexpr std::array<int8_t, 256> MakeBase64UrlValues() {
  std::array<int8_t, 256> values{};
  for (auto& value : values) value = -1;
  for (int i = 0; i < 64; ++i) {
    values[static_cast<unsigned char>(kBase64Url[i])] = static_cast<int8_t>(i);
  }
  return values;
}
constexpr std::array<int8_t, 256> kBase64UrlValues = MakeBase64UrlValues();

}  // namespace

void AppendHex(std::string_view bytes, size_t hex_chars, std::string& out) {
  for (size_t i = 0; i < hex_chars && i / 2 < bytes.size(); ++i) {
    auto byte = static_cast<unsigned char>(bytes[i / 2]);
    out.push_back(kHexDigits[i % 2 == 0 ? byte >> 4 : byte & 0xf]);
  }
}

bool AppendUnhexed(std::string_view hex, std::string& out) {
  if (hex.size() % 2 != 0) return false;
  for (char c : hex) {
    if (!ascii::IsHexDigit(c)) return false;
  }
  for (size_t i = 0; i < hex.size(); i += 2) {
    out.push_back(static_cast<char>(ascii::HexValue(hex[i]) << 4 |
                                    ascii::HexValue(hex[i + 1])));
  }
  return true;
}

void AppendBase64Url(std::string_view bytes, std::string& out) {
  size_t i = 0;
  auto byte = [&](size_t at) { return static_cast<unsigned char>(bytes[at]); };
  for (; i + 3 <= bytes.size(); i += 3) {
    uint32_t group = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    for (int shift = 18; shift >= 0; shift -= 6) {
      out.push_back(kBase64Url[(group >> shift) & 63]);
    }
  }
  size_t rest = bytes.size() - i;
  if (rest == 0) return;
  uint32_t group = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
  out.push_back(kBase64Url[group >> 18]);
  out.push_back(kBase64Url[(group >> 12) & 63]);
  if (rest == 2) out.push_back(kBase64Url[(group >> 6) & 63]);
}

bool AppendBase64UrlDecoded(std::string_view text, std::string& out) {
  if (text.size() % 4 == 1) return false;
  uint32_t group = 0;
  int bits = 0;
  size_t start = out.size();
  for (char c : text) {
    int value = kBase64UrlValues[static_cast<unsigned char>(c)];
    if (value < 0) {
      out.resize(start);
      return false;
    }
    group = group << 6 | static_cast<uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>(group >> bits));
      group &= (1u << bits) - 1;
    }
  }
  // Canonical: the unused low bits of the last character are zero.
  if (group != 0) {
    out.resize(start);
    return false;
  }
  return true;
}

void AppendToken(std::string_view token_template, std::string_view label,
                 std::string_view key_id, std::string_view hash,
                 std::string& out) {
  while (!token_template.empty()) {
    // std::find, not find: templates are a few bytes, and a memchr call per
    // token cost ~1 % of a run.
    size_t brace =
        std::find(token_template.begin(), token_template.end(), '{') -
        token_template.begin();
    out.append(token_template.substr(0, brace));
    if (brace == token_template.size()) return;
    token_template.remove_prefix(brace);
    if (token_template.starts_with("{label}")) {
      out.append(label);
      token_template.remove_prefix(7);
    } else if (token_template.starts_with("{key_id}")) {
      out.append(key_id);
      token_template.remove_prefix(8);
    } else if (token_template.starts_with("{hash}")) {
      out.append(hash);
      token_template.remove_prefix(6);
    } else {
      out.push_back('{');
      token_template.remove_prefix(1);
    }
  }
}

void AppendHashToken(const NamedKey& key, std::string_view tenant,
                     int hex_chars, std::string_view token_template,
                     std::span<const std::string> phone_regions,
                     std::string_view label, std::string_view value,
                     std::string& out) {
  std::string scratch;
  Sha256Digest digest = KeyedValueDigest(
      key, tenant, label, CanonicalValue(label, value, phone_regions, scratch));
  char hex[64];
  size_t length = 0;
  for (int i = 0; i < hex_chars && i < 64; ++i) {
    uint8_t byte = digest[i / 2];
    hex[length++] = kHexDigits[i % 2 == 0 ? byte >> 4 : byte & 0xf];
  }
  AppendToken(token_template, label, key.id, {hex, length}, out);
}

}  // namespace logveil::transform
