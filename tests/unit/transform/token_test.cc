#include "transform/token.h"

#include <catch2/catch.hpp>

namespace logveil::transform {
namespace {

std::string Base64Url(std::string_view bytes) {
  std::string out;
  AppendBase64Url(bytes, out);
  return out;
}

TEST_CASE("base64url matches RFC 4648 section 10, without padding", "[unit]") {
  CHECK(Base64Url("") == "");
  CHECK(Base64Url("f") == "Zg");
  CHECK(Base64Url("fo") == "Zm8");
  CHECK(Base64Url("foo") == "Zm9v");
  CHECK(Base64Url("foob") == "Zm9vYg");
  CHECK(Base64Url("fooba") == "Zm9vYmE");
  CHECK(Base64Url("foobar") == "Zm9vYmFy");
  CHECK(Base64Url("\xfb\xff") == "-_8");  // the url-safe letters
}

TEST_CASE("base64url decoding accepts only canonical text", "[unit]") {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (size_t size = 0; size < 40; ++size) {
    std::string decoded;
    REQUIRE(AppendBase64UrlDecoded(Base64Url(all.substr(size)), decoded));
    CHECK(decoded == all.substr(size));
  }
  std::string out = "x";
  CHECK_FALSE(AppendBase64UrlDecoded("Zm9v=", out));  // padding
  CHECK_FALSE(AppendBase64UrlDecoded("Zm+v", out));   // standard alphabet
  CHECK_FALSE(AppendBase64UrlDecoded("Z", out));      // impossible length
  CHECK_FALSE(AppendBase64UrlDecoded("Zh", out));     // non-zero spare bits
  CHECK(out == "x");
}

TEST_CASE("hex in and out", "[unit]") {
  std::string out;
  AppendHex("\x01\xab\xff", 6, out);
  CHECK(out == "01abff");
  out.clear();
  AppendHex("\x01\xab\xff", 3, out);
  CHECK(out == "01a");
  std::string bytes;
  CHECK(AppendUnhexed("01ABff", bytes));
  CHECK(bytes == "\x01\xab\xff");
  CHECK_FALSE(AppendUnhexed("abc", bytes));
  CHECK_FALSE(AppendUnhexed("zz", bytes));
}

TEST_CASE("token templates expand label, key id and hash", "[unit]") {
  std::string out;
  AppendToken("[{label}:{key_id}:{hash}]{x}", "EMAIL", "k2", "00ff", out);
  CHECK(out == "[EMAIL:k2:00ff]{x}");
}

TEST_CASE("hash tokens: domain separation, tenants, length", "[unit]") {
  NamedKey key{"k1", SecretKey("secret")};
  auto token = [&](std::string_view tenant, std::string_view label,
                   int hex_chars = 12) {
    std::string out;
    AppendHashToken(key, tenant, hex_chars, "{hash}", {}, label, "a@b.example",
                    out);
    return out;
  };
  CHECK(token("", "EMAIL").size() == 12);
  CHECK(token("", "EMAIL", 64).size() == 64);
  CHECK(token("", "EMAIL", 64).substr(0, 12) == token("", "EMAIL"));
  CHECK(token("", "EMAIL") != token("", "PHONE"));
  CHECK(token("acme", "EMAIL") != token("", "EMAIL"));
  CHECK(token("acme", "EMAIL") != token("globex", "EMAIL"));
  CHECK(token("acme", "EMAIL") == token("acme", "EMAIL"));
}

const std::vector<std::string> kRegions = {"US"};

TEST_CASE("hash tokens digest the canonical form of a value", "[unit]") {
  NamedKey key{"k1", SecretKey("secret")};
  auto token = [&](std::string_view label, std::string_view value) {
    std::string out;
    AppendHashToken(key, "", 12, "{hash}", kRegions, label, value, out);
    return out;
  };
  CHECK(token("IPV4", "10-1-2-3") == token("IPV4", "10.1.2.3"));
  CHECK(token("MAC", "00-1A-2B-3C-4D-5E") == token("MAC", "00:1a:2b:3c:4d:5e"));
  CHECK(token("CARD", "4111 1111 1111 1111") ==
        token("CARD", "4111111111111111"));
  CHECK(token("PHONE", "(415) 555-0132") == token("PHONE", "+1 415 555 0132"));
  CHECK(token("IBAN", "DE89 3704") != token("IBAN", "DE893704"));
}

}  // namespace
}  // namespace logveil::transform
