#include "validate/whatsapp.h"

#include <catch2/catch.hpp>

#include "validate/base64.h"

namespace logveil::validate {
namespace {

TEST_CASE("base64 decodes either alphabet, padded or not", "[unit]") {
  auto decode = [](std::string_view text) {
    std::string out;
    return AppendBase64Decoded(text, out) ? out : std::string("(invalid)");
  };
  CHECK(decode("aGk=") == "hi");
  CHECK(decode("aGk") == "hi");
  CHECK(decode("-_8") == decode("+/8"));
  CHECK(decode("a.b") == "(invalid)");
  CHECK(decode("") == "");
}

TEST_CASE("padded base64 as protocols send it", "[unit]") {
  CHECK(IsPaddedBase64("AGphbmUAaHVudGVyMg=="));
  CHECK(IsPaddedBase64("YWJj"));
  CHECK(IsPaddedBase64("YWI="));
  CHECK_FALSE(IsPaddedBase64("OAUTHBEARER"));
  CHECK_FALSE(IsPaddedBase64("YWJjZA"));
  CHECK_FALSE(IsPaddedBase64("YW=j"));
  CHECK_FALSE(IsPaddedBase64("Y==="));
  CHECK_FALSE(IsPaddedBase64("YW-_"));
  CHECK_FALSE(IsPaddedBase64(""));
}

TEST_CASE("WhatsApp message ids carry a phone number", "[unit]") {
  // Thrift: 0x1c, then field 1 as 0x18, a length and the digits.
  CHECK(IsWhatsAppMessageId(
      "HBgMNDQ3OTQ2MDE4MzI3FQIAERgSNkQ0QUYxQzhCRDk3RTQ1QjNEAA=="));
  CHECK(IsWhatsAppMessageId(
      "HBgLMTQxNTU1NTAxMzIVAgARGBJBN0UzRjE4QzlCMjQ2RDU1MQA="));
  // Not base64, a length out of range, letters where digits go.
  CHECK_FALSE(IsWhatsAppMessageId("HBgMNDQ3OTQ2MDE4MzI3.QIA"));
  CHECK_FALSE(IsWhatsAppMessageId("HBgDMTIzFQIA"));  // 3 digits
  CHECK_FALSE(IsWhatsAppMessageId("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="));
  CHECK_FALSE(IsWhatsAppMessageId("HBgMNDQ3OTQ2MDE4MzJhFQIA"));  // "...2a"
  CHECK_FALSE(IsWhatsAppMessageId(""));
}

}  // namespace
}  // namespace logveil::validate
