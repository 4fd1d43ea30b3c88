#include "validate/whatsapp.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "validate/base64.h"

namespace logveil::validate {
namespace {

// Thrift compact protocol: a struct opens with no byte of its own; a
// field header 0x18 is field 1, type binary, and its length follows as a
// varint (one byte for these lengths).
constexpr char kBinaryField1 = 0x18;
constexpr size_t kMinDigits = 6;
constexpr size_t kMaxDigits = 15;
// Enough base64 for the header and 15 digits.
constexpr size_t kPrefixChars = 28;

bool IsDigitRun(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), ascii::IsDigit);
}

}  // namespace

bool IsWhatsAppMessageId(std::string_view id) {
  std::string decoded;
  if (!AppendBase64Decoded(id.substr(0, kPrefixChars), decoded)) return false;
  // The id's struct sits inside an outer one (0x1c opens a nested struct
  // in field 1), so the field header is at byte 0 or 1.
  for (size_t at : {0, 1}) {
    if (decoded.size() < at + 2 || decoded[at] != kBinaryField1) continue;
    size_t length = static_cast<unsigned char>(decoded[at + 1]);
    if (length < kMinDigits || length > kMaxDigits ||
        decoded.size() < at + 2 + length) {
      continue;
    }
    if (IsDigitRun(std::string_view(decoded).substr(at + 2, length))) {
      return true;
    }
  }
  return false;
}

}  // namespace logveil::validate
