#include "transform/ipcrypt_pfx.h"

#include <arpa/inet.h>

#include <catch2/catch.hpp>
#include <random>

#include "transform/ip_text.h"
#include "transform/token.h"

namespace logveil::transform {
namespace {

PfxKey KeyFromHex(std::string_view hex) {
  std::string bytes;
  REQUIRE(AppendUnhexed(hex, bytes));
  REQUIRE(bytes.size() == 32);
  return {SecretKey(bytes.substr(0, 16)), SecretKey(bytes.substr(16))};
}

Ip16 Parse(const std::string& text) {
  IpText ip;
  REQUIRE(ParseIpText(text, ip));
  return ip.address;
}

// Formats like the spec's vectors: dotted IPv4, RFC 5952 IPv6.
std::string Format(const Ip16& address) {
  char text[INET6_ADDRSTRLEN];
  if (IsIpv4Mapped(address)) {
    inet_ntop(AF_INET, address.data() + 12, text, sizeof(text));
  } else {
    inet_ntop(AF_INET6, address.data(), text, sizeof(text));
  }
  return text;
}

// draft-denis-ipcrypt, ipcrypt-pfx test vectors (the spec's appendix and
// implementations/python/test_vectors.json of its repository).
TEST_CASE("ipcrypt-pfx matches the published test vectors", "[unit]") {
  struct Vector {
    const char* key;
    const char* ip;
    const char* encrypted;
  };
  const char* basic =
      "0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301";
  const char* prefix =
      "2b7e151628aed2a6abf7158809cf4f3ca9f5ba40db214c3798f2e1c23456789a";
  const Vector vectors[] = {
      {basic, "0.0.0.0", "151.82.155.134"},
      {basic, "255.255.255.255", "94.185.169.89"},
      {basic, "192.0.2.1", "100.115.72.131"},
      {basic, "2001:db8::1", "c180:5dd4:2587:3524:30ab:fa65:6ab6:f88"},
      {prefix, "10.0.0.47", "19.214.210.244"},
      {prefix, "10.0.0.129", "19.214.210.80"},
      {prefix, "10.0.0.234", "19.214.210.30"},
      {prefix, "172.16.5.193", "210.78.229.136"},
      {prefix, "172.16.97.42", "210.78.179.241"},
      {prefix, "172.16.248.177", "210.78.121.215"},
      {prefix, "2001:db8::a5c9:4e2f:bb91:5a7d",
       "7cec:702c:1243:f70:1956:125:b9bd:1aba"},
      {prefix, "2001:db8::7234:d8f1:3c6e:9a52",
       "7cec:702c:1243:f70:a3ef:c8e:95c1:cd0d"},
      {prefix, "2001:db8::f1e0:937b:26d4:8c1a",
       "7cec:702c:1243:f70:443c:c8e:6a62:b64d"},
      {prefix, "2001:db8:3a5c:0:e7d1:4b9f:2c8a:f673",
       "7cec:702c:3503:bef:e616:96bd:be33:a9b9"},
      {prefix, "2001:db8:9f27:0:b4e2:7a3d:5f91:c8e6",
       "7cec:702c:a504:b74e:194a:3d90:b047:2d1a"},
      {prefix, "2001:db8:d8b4:0:193c:a5e7:8b2f:46d1",
       "7cec:702c:f840:aa67:1b8:e84f:ac9d:77fb"},
  };
  for (const auto& vector : vectors) {
    INFO(vector.ip);
    Ip16 encrypted =
        IpcryptPfxEncrypt(KeyFromHex(vector.key), Parse(vector.ip), 0);
    CHECK(Format(encrypted) == vector.encrypted);
  }
}

int CommonPrefixBits(const Ip16& a, const Ip16& b) {
  for (int bit = 0; bit < 128; ++bit) {
    if ((a[bit / 8] ^ b[bit / 8]) & (0x80 >> (bit % 8))) return bit;
  }
  return 128;
}

// Two random addresses that share a random-length prefix.
std::pair<Ip16, Ip16> RandomPair(std::mt19937_64& random, bool ipv4) {
  Ip16 a{}, b{};
  for (auto& byte : a) byte = static_cast<uint8_t>(random());
  if (ipv4) {
    std::fill(a.begin(), a.begin() + 10, 0);
    a[10] = a[11] = 0xff;
  }
  b = a;
  int first = ipv4 ? 96 : 0;
  int shared = first + static_cast<int>(random() % (129 - first));
  for (int bit = shared; bit < 128; ++bit) {
    if (random() & 1) b[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
  }
  return {a, b};
}

TEST_CASE("ipcrypt-pfx preserves exactly the common prefix", "[unit]") {
  PfxKey key{SecretKey("0123456789abcdef"), SecretKey("fedcba9876543210")};
  std::mt19937_64 random(20260601);
  for (int i = 0; i < 2000; ++i) {
    bool ipv4 = i % 2 == 0;
    auto [a, b] = RandomPair(random, ipv4);
    Ip16 ea = IpcryptPfxEncrypt(key, a, 0);
    Ip16 eb = IpcryptPfxEncrypt(key, b, 0);
    INFO(Format(a) << " " << Format(b));
    // Equal prefixes stay equal and the first differing bit still differs,
    // so the common prefix has exactly the same length.
    CHECK(CommonPrefixBits(ea, eb) == CommonPrefixBits(a, b));
    CHECK(IsIpv4Mapped(ea) == ipv4);
  }
}

TEST_CASE("ipcrypt-pfx keeps the first N bits in clear", "[unit]") {
  PfxKey key{SecretKey("0123456789abcdef"), SecretKey("fedcba9876543210")};
  std::mt19937_64 random(7);
  for (int i = 0; i < 200; ++i) {
    auto [a, b] = RandomPair(random, i % 2 == 0);
    int keep = static_cast<int>(random() % 129);
    Ip16 plain = IpcryptPfxEncrypt(key, a, 0);
    Ip16 kept = IpcryptPfxEncrypt(key, a, keep);
    CHECK(CommonPrefixBits(kept, a) >= keep);
    // The bits after the kept ones are ipcrypt-pfx's own.
    for (int bit = keep; bit < 128; ++bit) {
      int mask = 0x80 >> (bit % 8);
      CHECK((kept[bit / 8] & mask) == (plain[bit / 8] & mask));
    }
  }
}

}  // namespace
}  // namespace logveil::transform
