#include "transform/encoded_replacement.h"

#include <catch2/catch.hpp>

#include "pseudonym_test_support.h"
#include "transform/apply.h"
#include "transform/encrypt.h"
#include "transform/reverse_dns.h"

namespace logveil::transform {
namespace {

using detect::Encoding;

std::string Replaced(const Action& action, std::string_view label,
                     std::string_view raw, Encoding encoding) {
  std::string out;
  detect::Finding finding{0, {0, raw.size()}, encoding};
  AppendFindingReplacement(action, label, raw, finding, out);
  return out;
}

std::string Plain(const Action& action, std::string_view label,
                  std::string_view value) {
  std::string out;
  AppendReplacement(action, label, value, out);
  return out;
}

// `text` with each `from` replaced by `to`.
std::string ReplaceAll(std::string text, std::string_view from,
                       std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST_CASE("encoded: tokens stay as they are in every encoding", "[unit]") {
  Action redact = RedactAction{};
  CHECK(Replaced(redact, "EMAIL", "john%40x.com", Encoding::kForm) ==
        "[EMAIL]");
  CHECK(Replaced(redact, "EMAIL", "john%40x.com", Encoding::kPercent) ==
        "[EMAIL]");
  CHECK(Replaced(redact, "EMAIL", "john&#64;x.com", Encoding::kHtml) ==
        "[EMAIL]");
  CHECK(Replaced(redact, "EMAIL", "john\\u0040x.com", Encoding::kJson) ==
        "[EMAIL]");
}

TEST_CASE("encoded: hash tokens are those of the decoded value", "[unit]") {
  HashAction hash;
  hash.key = NamedKey{"k1", SecretKey("test-key")};
  std::string plain = Plain(hash, "EMAIL", "john@example.com");
  CHECK(Replaced(hash, "EMAIL", "john%40example.com", Encoding::kPercent) ==
        plain);
  CHECK(Replaced(hash, "EMAIL", "john%2540example.com", Encoding::kPercent) ==
        plain);
  CHECK(Replaced(hash, "EMAIL", "john&#x40;example.com", Encoding::kHtml) ==
        plain);
  CHECK(Replaced(hash, "EMAIL", "john\\u0040example.com", Encoding::kJson) ==
        plain);
  CHECK(Replaced(hash, "PHONE", "%2B1+415+555+0132", Encoding::kForm) ==
        Plain(hash, "PHONE", "+1 415 555 0132"));
}

TEST_CASE("encoded: values write each byte the way the original did",
          "[unit]") {
  Action pseudonymize = testing::TestAction();
  std::string email = Plain(pseudonymize, "EMAIL", "john@example.com");
  REQUIRE(email.find('@') != std::string::npos);
  CHECK(Replaced(pseudonymize, "EMAIL", "john%40example.com",
                 Encoding::kForm) == ReplaceAll(email, "@", "%40"));
  CHECK(Replaced(pseudonymize, "EMAIL", "john%2540example.com",
                 Encoding::kPercent) == ReplaceAll(email, "@", "%2540"));
  CHECK(Replaced(pseudonymize, "EMAIL", "john&commat;example&period;com",
                 Encoding::kHtml) ==
        ReplaceAll(ReplaceAll(email, ".", "&period;"), "@", "&commat;"));
  CHECK(Replaced(pseudonymize, "EMAIL", "john\\u0040example.com",
                 Encoding::kJson) == ReplaceAll(email, "@", "\\u0040"));
  // In a query string a space is '+' and a '+' is escaped.
  std::string phone = Plain(pseudonymize, "PHONE", "+1 415 555 0132");
  CHECK(Replaced(pseudonymize, "PHONE", "%2B1+415+555+0132", Encoding::kForm) ==
        ReplaceAll(ReplaceAll(phone, "+", "%2B"), " ", "+"));
  CHECK(Replaced(pseudonymize, "PHONE", "%2B1%20415%20555%200132",
                 Encoding::kPercent) ==
        ReplaceAll(ReplaceAll(phone, "+", "%2B"), " ", "%20"));
}

TEST_CASE("encoded: mask works on the decoded value", "[unit]") {
  Action mask = MaskAction{};
  CHECK(Replaced(mask, "EMAIL", "john&#64;example.com", Encoding::kHtml) ==
        ReplaceAll(Plain(mask, "EMAIL", "john@example.com"), "@", "&#64;"));
}

TEST_CASE("encoded: keep and encrypt hold the bytes as written", "[unit]") {
  CHECK(Replaced(KeepAction{}, "EMAIL", "john%40x.com", Encoding::kPercent) ==
        "john%40x.com");
  EncryptAction encrypt;
  auto key = DeriveEncryptKey(NamedKey{"e1", SecretKey("test-secret")}, "");
  encrypt.key = std::make_shared<const EncryptKey>(key);
  for (std::string_view raw : {"john%40example.com", "john&#64;example.com"}) {
    std::string token = Replaced(encrypt, "EMAIL", raw, Encoding::kPercent);
    CHECK(token.starts_with("[EMAIL~e1~"));
    std::string revealed;
    REQUIRE(AppendRevealed("u=" + token + "&x=1", {key}, revealed).ok());
    CHECK(revealed == "u=" + std::string(raw) + "&x=1");
  }
}

TEST_CASE("encoded: bytes the encoding cannot hold are escaped", "[unit]") {
  Action odd = RedactAction{"<{label} \"&\" +1>"};
  CHECK(Replaced(odd, "EMAIL", "a&#64;b.io", Encoding::kHtml) ==
        "&lt;EMAIL &quot;&amp;&quot; +1&gt;");
  CHECK(Replaced(odd, "EMAIL", "a%40b.io", Encoding::kForm) ==
        "%3CEMAIL+%22%26%22+%2B1%3E");
  CHECK(Replaced(odd, "EMAIL", "a%40b.io", Encoding::kPercent) ==
        "%3CEMAIL%20%22%26%22%20+1%3E");
  CHECK(Replaced(odd, "EMAIL", "a\\u0040b.io", Encoding::kJson) ==
        "<EMAIL \\\"&\\\" +1>");
  // Without an escape in the finding there is no sign that the text around
  // it is encoded: written as it is.
  CHECK(Replaced(odd, "EMAIL", "a@b.io", Encoding::kHtml) ==
        "<EMAIL \"&\" +1>");
  CHECK(Replaced(odd, "EMAIL", "a@b.io", Encoding::kNone) ==
        "<EMAIL \"&\" +1>");
}

std::string ReplacedReverse(const Action& action, std::string_view label,
                            std::string_view raw) {
  std::string out;
  detect::Finding finding{0, {0, raw.size()}};
  finding.reverse_dns = true;
  AppendFindingReplacement(action, label, raw, finding, out);
  return out;
}

TEST_CASE("encoded: reverse DNS names act on the forward address", "[unit]") {
  HashAction hash;
  hash.key = NamedKey{"k1", SecretKey("test-key")};
  CHECK(ReplacedReverse(hash, "IPV4", "3.2.1.10") ==
        Plain(hash, "IPV4", "10.1.2.3"));
  CHECK(ReplacedReverse(hash, "IPV6",
                        "7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b."
                        "d.0.1.0.0.2") ==
        Plain(hash, "IPV6", "2001:db8:4b1e::e3c7"));
  // The /24 drops the host's octet, the first one written.
  CHECK(ReplacedReverse(GeneralizeAction{}, "IPV4", "3.2.1.10") == "0.2.1.10");
  std::string forward = Plain(testing::TestAction(), "IPV4", "10.1.2.3");
  std::string reversed;
  REQUIRE(AppendForwardAddress(forward, reversed));
  CHECK(ReplacedReverse(testing::TestAction(), "IPV4", "3.2.1.10") == reversed);
  // Mask, keep and redact work on the bytes as written.
  CHECK(ReplacedReverse(MaskAction{}, "IPV4", "3.2.1.10") ==
        Plain(MaskAction{}, "IPV4", "3.2.1.10"));
  CHECK(ReplacedReverse(KeepAction{}, "IPV4", "3.2.1.10") == "3.2.1.10");
  CHECK(ReplacedReverse(RedactAction{}, "IPV4", "3.2.1.10") == "[IPV4]");
}

}  // namespace
}  // namespace logveil::transform
