#include "transform/crypto.h"

#include <catch2/catch.hpp>
#include <thread>

#include "transform/token.h"

namespace logveil::transform {
namespace {

std::string Hex(std::string_view bytes) {
  std::string out;
  AppendHex(bytes, bytes.size() * 2, out);
  return out;
}

std::string Unhex(std::string_view hex) {
  std::string out;
  REQUIRE(AppendUnhexed(hex, out));
  return out;
}

std::string HmacHex(const SecretKey& key, std::string_view message) {
  Sha256Digest digest = HmacSha256(key, {message});
  return Hex({reinterpret_cast<const char*>(digest.data()), digest.size()});
}

TEST_CASE("HMAC-SHA-256 matches RFC 4231 test cases 1, 2 and 6", "[unit]") {
  SecretKey case1(std::string(20, '\x0b'));
  SecretKey case2("Jefe");
  SecretKey case6(std::string(131, '\xaa'));
  for (int repeat = 0; repeat < 2; ++repeat) {  // the cached context too
    CHECK(HmacHex(case1, "Hi There") ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(HmacHex(case2, "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    CHECK(HmacHex(case6,
                  "Test Using Larger Than Block-Size Key - Hash Key First") ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }
  // Parts are concatenated.
  CHECK(HmacSha256(case2, {"what do ya ", "", "want for nothing?"}) ==
        HmacSha256(case2, {"what do ya want for nothing?"}));
}

TEST_CASE("HMAC contexts are per thread and per key", "[unit]") {
  SecretKey key("Jefe");
  std::string from_thread;
  std::thread([&] {
    from_thread = HmacHex(key, "what do ya want for nothing?");
  }).join();
  CHECK(from_thread == HmacHex(key, "what do ya want for nothing?"));
  CHECK(HmacHex(SecretKey("Jefe"), "x") == HmacHex(key, "x"));
}

TEST_CASE("AES-128 matches FIPS 197 appendix C.1", "[unit]") {
  SecretKey key(Unhex("000102030405060708090a0b0c0d0e0f"));
  std::string plain = Unhex("00112233445566778899aabbccddeeff");
  std::string blocks = plain + plain;
  std::string cipher(blocks.size(), '\0');
  Aes128EncryptBlocks(key, reinterpret_cast<const uint8_t*>(blocks.data()),
                      reinterpret_cast<uint8_t*>(cipher.data()), 2);
  CHECK(Hex(cipher) ==
        "69c4e0d86a7b0430d8cdb78070b4c55a69c4e0d86a7b0430d8cdb78070b4c55a");
}

TEST_CASE("AES-SIV matches RFC 5297 A.1 (deterministic)", "[unit]") {
  SecretKey key(Unhex(
      "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"));
  std::string ad = Unhex("101112131415161718191a1b1c1d1e1f2021222324252627");
  std::string plain = Unhex("112233445566778899aabbccddee");
  std::string sealed;
  AppendAesSivSealed(key, {ad}, plain, sealed);
  CHECK(Hex(sealed) ==
        "85632d07c6e8f37f950acd320a2ecc9340c02b9690c4dc04daef7f6afe5c");
  std::string opened;
  CHECK(AppendAesSivOpened(key, {ad}, sealed, opened));
  CHECK(opened == plain);
}

TEST_CASE("AES-SIV matches RFC 5297 A.2 (two ADs and a nonce)", "[unit]") {
  SecretKey key(Unhex(
      "7f7e7d7c7b7a79787776757473727170404142434445464748494a4b4c4d4e4f"));
  std::string ad1 = Unhex(
      "00112233445566778899aabbccddeeffdeaddadadeaddadaffeeddccbbaa9988"
      "7766554433221100");
  std::string ad2 = Unhex("102030405060708090a0");
  std::string nonce = Unhex("09f911029d74e35bd84156c5635688c0");
  std::string plain = Unhex(
      "7468697320697320736f6d6520706c61696e7465787420746f20656e63727970"
      "74207573696e67205349562d414553");
  std::string sealed;
  // The nonce is the last associated data component (RFC 5297 3).
  AppendAesSivSealed(key, {ad1, ad2, nonce}, plain, sealed);
  CHECK(Hex(sealed) ==
        "7bdb6e3b432667eb06f4d14bff2fbd0fcb900f2fddbe404326601965c889bf17"
        "dba77ceb094fa663b7a3f748ba8af829ea64ad544a272e9c485b62a3fd5c0d");
}

TEST_CASE("AES-SIV refuses a wrong key, wrong AD or altered bytes", "[unit]") {
  SecretKey key(std::string(32, 'k'));
  std::string sealed;
  AppendAesSivSealed(key, {"EMAIL"}, "alice@example.com", sealed);
  std::string out = "kept";
  CHECK_FALSE(AppendAesSivOpened(SecretKey(std::string(32, 'x')), {"EMAIL"},
                                 sealed, out));
  CHECK_FALSE(AppendAesSivOpened(key, {"PHONE"}, sealed, out));
  CHECK_FALSE(AppendAesSivOpened(key, {"EMAIL", "tenant"}, sealed, out));
  std::string altered = sealed;
  altered.back() ^= 1;
  CHECK_FALSE(AppendAesSivOpened(key, {"EMAIL"}, altered, out));
  CHECK_FALSE(AppendAesSivOpened(key, {"EMAIL"}, "short", out));
  CHECK(out == "kept");
  CHECK(AppendAesSivOpened(key, {"EMAIL"}, sealed, out));
  CHECK(out == "keptalice@example.com");
}

}  // namespace
}  // namespace logveil::transform
