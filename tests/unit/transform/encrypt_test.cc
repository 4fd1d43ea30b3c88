#include "transform/encrypt.h"

#include <catch2/catch.hpp>

namespace logveil::transform {
namespace {

EncryptKey Key(std::string id, std::string secret, std::string tenant = "") {
  return DeriveEncryptKey(NamedKey{std::move(id), SecretKey(std::move(secret))},
                          tenant);
}

std::string Encrypt(const EncryptKey& key, std::string_view label,
                    std::string_view value) {
  std::string out;
  AppendEncrypted(key, label, value, out);
  return out;
}

Result<std::string> Reveal(std::string_view text,
                           const std::vector<EncryptKey>& keys) {
  std::string out;
  auto status = AppendRevealed(text, keys, out);
  if (!status.ok()) return status.error();
  return out;
}

TEST_CASE("encrypt tokens are typed, keyed and deterministic", "[unit]") {
  EncryptKey k2 = Key("k2", "secret two");
  std::string token = Encrypt(k2, "EMAIL", "alice@example.com");
  CHECK(token.starts_with("[EMAIL~k2~"));
  CHECK(token.ends_with("]"));
  // 16 bytes of tag and 17 of value: 33 bytes, 44 base64url characters.
  CHECK(token.size() == std::string("[EMAIL~k2~]").size() + 44);
  CHECK(token == Encrypt(k2, "EMAIL", "alice@example.com"));
  CHECK(token.substr(10) !=
        Encrypt(k2, "PHONE", "alice@example.com").substr(10));
  CHECK(token.substr(10) !=
        Encrypt(Key("k2", "secret two", "acme"), "EMAIL", "alice@example.com")
            .substr(10));
}

TEST_CASE("reveal restores every token byte for byte", "[unit]") {
  EncryptKey key = Key("k1", "secret");
  std::string value = std::string("odd \0 bytes \xff ~ [x] ", 20) + "end";
  std::string text = "a " + Encrypt(key, "EMAIL", "bob@example.org") + " b [[" +
                     Encrypt(key, "IPV6", "2001:db8::1") + "]]:443 " +
                     Encrypt(key, "X", value) + "\n";
  auto revealed = Reveal(text, {key});
  REQUIRE(revealed.ok());
  CHECK(revealed.value() ==
        "a bob@example.org b [[2001:db8::1]]:443 " + value + "\n");
}

TEST_CASE("reveal uses the key the token names: rotation", "[unit]") {
  EncryptKey old_key = Key("k1", "old secret");
  EncryptKey new_key = Key("k2", "new secret");
  std::string text = Encrypt(old_key, "PHONE", "+1 415 555 0132") + " " +
                     Encrypt(new_key, "PHONE", "+1 415 555 0199");
  auto both = Reveal(text, {new_key, old_key});
  REQUIRE(both.ok());
  CHECK(both.value() == "+1 415 555 0132 +1 415 555 0199");
  auto only_new = Reveal(text, {new_key});
  REQUIRE_FALSE(only_new.ok());
  CHECK(only_new.error().code == ErrorCode::kConfig);
  CHECK(only_new.error().message.find("[PHONE~k1~...]") != std::string::npos);
}

TEST_CASE("a wrong key, tenant or label is refused, not garbled", "[unit]") {
  std::string token = Encrypt(Key("k1", "right"), "EMAIL", "a@example.com");
  for (const auto& key :
       {Key("k1", "wrong"), Key("k1", "right", "other-tenant")}) {
    auto revealed = Reveal(token, {key});
    REQUIRE_FALSE(revealed.ok());
    CHECK(revealed.error().message.find("wrong key or tenant") !=
          std::string::npos);
    // The message names the token's label and key id, never its content.
    CHECK(revealed.error().message.find(token.substr(10, 8)) ==
          std::string::npos);
  }
  std::string relabeled = "[PHONE" + token.substr(6);
  CHECK_FALSE(Reveal(relabeled, {Key("k1", "right")}).ok());
}

TEST_CASE("text that only looks like a token passes through", "[unit]") {
  EncryptKey key = Key("k1", "secret");
  for (const char* text : {"plain ~ text ~ here", "[A~b~c]", "[A~b~Zm9vYmFy]",
                           "[a~k1~"
                           "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]",
                           "[EMAIL~k1~not base64!]", "~[EMAIL~~AAAA]~",
                           "[EMAIL~k1~AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
    INFO(text);
    auto revealed = Reveal(text, {key});
    REQUIRE(revealed.ok());
    CHECK(revealed.value() == text);
  }
}

}  // namespace
}  // namespace logveil::transform
