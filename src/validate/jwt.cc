#include "validate/jwt.h"

#include <string>

#include "validate/base64.h"

namespace logveil::validate {
namespace {

// JWT headers are short; a longer one is not worth decoding.
constexpr size_t kMaxHeaderChars = 512;

}  // namespace

bool IsJwt(std::string_view token) {
  std::string_view header = token.substr(0, token.find('.'));
  if (header.empty() || header.size() > kMaxHeaderChars) return false;
  std::string json;
  if (!AppendBase64Decoded(header, json)) return false;
  return json.size() > 2 && json.front() == '{' &&
         json.find("\"alg\"") != std::string::npos;
}

}  // namespace logveil::validate
