#include "validate/base64.h"

#include "base/ascii.h"

namespace logveil::validate {
namespace {

int Base64Value(char c) {
  if (ascii::IsUpper(c)) return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (ascii::IsDigit(c)) return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

}  // namespace

bool AppendBase64Decoded(std::string_view text, std::string& out) {
  unsigned bits = 0;
  int pending = 0;
  for (char c : text) {
    if (c == '=') return true;
    int value = Base64Value(c);
    if (value < 0) return false;
    bits = (bits << 6) | static_cast<unsigned>(value);
    pending += 6;
    if (pending >= 8) {
      pending -= 8;
      out.push_back(static_cast<char>((bits >> pending) & 0xff));
    }
  }
  return true;
}

bool IsPaddedBase64(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return false;
  size_t data = text.find_first_of('=');
  if (data == std::string_view::npos) data = text.size();
  if (text.size() - data > 2 ||
      text.find_first_not_of('=', data) != std::string_view::npos) {
    return false;
  }
  for (char c : text.substr(0, data)) {
    if (Base64Value(c) < 0 || c == '-' || c == '_') return false;
  }
  return true;
}

}  // namespace logveil::validate
