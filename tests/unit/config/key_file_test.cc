#include "config/key_file.h"

#include <catch2/catch.hpp>

namespace logveil::config {
namespace {

const std::string kSecret1(32, 'a');  // hex: 16 bytes of 0xaa
const std::string kSecret2(64, '0');

TEST_CASE("a key file lists keys per purpose with one active", "[unit]") {
  auto file = ParseKeyFile("keys.txt",
                           "# rotation: k2 replaced k1\n"
                           "hash     k1 " +
                               kSecret1 +
                               "\n"
                               "hash     k2 " +
                               kSecret2 +
                               "  active   # since May\n"
                               "\n"
                               "encrypt  e1 " +
                               kSecret1 + "\r\n");
  REQUIRE(file.ok());
  const KeyFile& keys = file.value();
  REQUIRE(keys.hash.keys.size() == 2);
  CHECK(keys.hash.active == 1);
  CHECK(keys.hash.keys[1].id == "k2");
  CHECK(keys.hash.keys[1].secret.bytes() == std::string(32, '\0'));
  REQUIRE(keys.encrypt.keys.size() == 1);
  CHECK(keys.encrypt.active == 0);  // the only one: active
  CHECK(keys.encrypt.keys[0].secret.bytes() == std::string(16, '\xaa'));
}

TEST_CASE("key file errors name the line, never the secret", "[unit]") {
  auto check = [](const std::string& text, const std::string& message) {
    auto file = ParseKeyFile("keys.txt", text);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::kConfig);
    CHECK(file.error().message == message);
    CHECK(file.error().message.find(kSecret1) == std::string::npos);
  };
  check("hash k1\n", "keys.txt:1: expected: PURPOSE ID SECRET [active]");
  check("\nsalt k1 " + kSecret1 + "\n",
        "keys.txt:2: unknown purpose 'salt' (expected hash or encrypt)");
  check("hash k:1 " + kSecret1 + "\n",
        "keys.txt:1: a key id is 1 to 16 letters, digits, '_' or '-'");
  check("hash k1 " + kSecret1 + "\nhash k1 " + kSecret2 + "\n",
        "keys.txt:2: duplicate hash key id 'k1'");
  check("hash k1 abcd\n",
        "keys.txt:1: the secret must be hex, at least 32 digits (16 bytes)");
  check("hash k1 " + kSecret1 + " current\n",
        "keys.txt:1: the fourth field can only be 'active'");
  check("hash k1 " + kSecret1 + " active\nhash k2 " + kSecret2 + " active\n",
        "keys.txt:2: two active hash keys");
  check("hash k1 " + kSecret1 + "\nhash k2 " + kSecret2 + "\n",
        "keys.txt: several hash keys and none marked 'active'");
}

TEST_CASE("key ids are short and token-safe", "[unit]") {
  CHECK(IsValidKeyId("k1"));
  CHECK(IsValidKeyId("2026-05_a"));
  CHECK_FALSE(IsValidKeyId(""));
  CHECK_FALSE(IsValidKeyId("k~1"));
  CHECK_FALSE(IsValidKeyId("seventeen-chars-x"));
}

}  // namespace
}  // namespace logveil::config
