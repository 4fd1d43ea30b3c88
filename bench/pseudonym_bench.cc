// The cost of one replacement per action and type (docs/pseudonyms.md
// quotes these): what a finding costs once it is found. Values cycle
// through 256 variants so no branch predictor or cache sees one value.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "transform/apply.h"
#include "transform/encrypt.h"

namespace logveil::bench {
namespace {

using transform::Action;

const transform::NamedKey kHashKey{"k1", transform::SecretKey("bench-hash")};
const transform::NamedKey kEncryptKey{"e1",
                                      transform::SecretKey("bench-encrypt")};

Action MakeAction(std::string_view name) {
  if (name == "hash") {
    transform::HashAction hash;
    hash.key = kHashKey;
    return hash;
  }
  if (name == "encrypt") {
    transform::EncryptAction encrypt;
    encrypt.key = std::make_shared<const transform::EncryptKey>(
        transform::DeriveEncryptKey(kEncryptKey, ""));
    return encrypt;
  }
  if (name == "generalize") return transform::GeneralizeAction{};
  transform::PseudonymizeAction pseudonymize;
  pseudonymize.phone_keep_valid = name != "pseudonymize_any_phone";
  pseudonymize.keys = std::make_shared<const transform::PseudonymKeys>(
      transform::DerivePseudonymKeys(kHashKey, ""));
  return pseudonymize;
}

// 256 values of `label`'s shape, differing in their last digits.
std::vector<std::string> Values(std::string_view label) {
  std::vector<std::string> values;
  for (int i = 0; i < 256; ++i) {
    char text[64];
    if (label == "IPV4") std::snprintf(text, sizeof(text), "203.0.113.%d", i);
    if (label == "IPV6") std::snprintf(text, sizeof(text), "2001:db8::%x", i);
    if (label == "EMAIL")
      std::snprintf(text, sizeof(text), "u%d@example.com", i);
    if (label == "PHONE")
      std::snprintf(text, sizeof(text), "+44 20 7946 0%03d", i);
    if (label == "CARD")
      std::snprintf(text, sizeof(text), "4111 1111 1%03d 1111", i);
    if (label == "MAC")
      std::snprintf(text, sizeof(text), "00:1a:2b:3c:4d:%02x", i);
    if (label == "GEO") std::snprintf(text, sizeof(text), "25.2%03d", i);
    values.emplace_back(text);
  }
  return values;
}

void BM_Replace(benchmark::State& state, std::string_view action_name,
                std::string_view label) {
  Action action = MakeAction(action_name);
  std::vector<std::string> values = Values(label);
  std::string out;
  size_t i = 0;
  for (auto _ : state) {
    out.clear();
    transform::AppendReplacement(action, label, values[i++ & 255], out);
    benchmark::DoNotOptimize(out.data());
  }
}

BENCHMARK_CAPTURE(BM_Replace, hash_email, "hash", "EMAIL");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_ipv4, "pseudonymize", "IPV4");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_ipv6, "pseudonymize", "IPV6");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_email, "pseudonymize", "EMAIL");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_phone, "pseudonymize", "PHONE");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_phone_any, "pseudonymize_any_phone",
                  "PHONE");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_card, "pseudonymize", "CARD");
BENCHMARK_CAPTURE(BM_Replace, pseudonymize_mac, "pseudonymize", "MAC");
BENCHMARK_CAPTURE(BM_Replace, generalize_geo, "generalize", "GEO");
BENCHMARK_CAPTURE(BM_Replace, generalize_ipv6, "generalize", "IPV6");
BENCHMARK_CAPTURE(BM_Replace, encrypt_email, "encrypt", "EMAIL");

void BM_RevealEmail(benchmark::State& state) {
  auto key = transform::DeriveEncryptKey(kEncryptKey, "");
  std::string token;
  transform::AppendEncrypted(key, "EMAIL", "user42@example.com", token);
  std::vector<transform::EncryptKey> keys{key};
  std::string out;
  for (auto _ : state) {
    out.clear();
    (void)transform::AppendRevealed(token, keys, out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_RevealEmail);

}  // namespace
}  // namespace logveil::bench
