#include "validate/jwt.h"

#include <string>

#include "base/ascii.h"

namespace logveil::validate {
namespace {

int Base64UrlValue(char c) {
  if (ascii::IsUpper(c)) return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (ascii::IsDigit(c)) return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// JWT headers are short; a longer one is not worth decoding.
constexpr size_t kMaxHeaderChars = 512;

}  // namespace

bool IsJwt(std::string_view token) {
  std::string_view header = token.substr(0, token.find('.'));
  if (header.empty() || header.size() > kMaxHeaderChars) return false;
  std::string json;
  unsigned bits = 0;
  int pending = 0;
  for (char c : header) {
    int value = Base64UrlValue(c);
    if (value < 0) return false;
    bits = (bits << 6) | static_cast<unsigned>(value);
    pending += 6;
    if (pending >= 8) {
      pending -= 8;
      json.push_back(static_cast<char>((bits >> pending) & 0xff));
    }
  }
  return json.size() > 2 && json.front() == '{' &&
         json.find("\"alg\"") != std::string::npos;
}

}  // namespace logveil::validate
