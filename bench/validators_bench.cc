// Validators on single values: the cost paid per candidate.
#include <benchmark/benchmark.h>

#include "validate/email_domain.h"
#include "validate/iban.h"
#include "validate/luhn.h"
#include "validate/phone_number.h"

namespace logveil::bench {
namespace {

void BM_Luhn(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(validate::IsLuhnValid("4111 1111 1111 1111"));
  }
}
BENCHMARK(BM_Luhn);

void BM_Iban(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(validate::IsIbanValid("DE89370400440532013000"));
  }
}
BENCHMARK(BM_Iban);

void BM_Tld(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(validate::HasKnownTld("jane@example.com"));
  }
}
BENCHMARK(BM_Tld);

void BM_PhoneNumber(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        validate::IsValidPhoneNumber("+442079460958", "US"));
  }
}
BENCHMARK(BM_PhoneNumber);

}  // namespace
}  // namespace logveil::bench
