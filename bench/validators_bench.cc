// Validators on single values: the cost paid per candidate. Every validator
// a pattern file can name, the VIN check digit the VIN finder runs, and
// phone validation with and without its per-thread memo.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validate/phone_number.h"
#include "validate/validator.h"
#include "validate/vin.h"

namespace logveil::bench {
namespace {

// A value each registered validator accepts, as a finder or regex hands it.
constexpr std::pair<std::string_view, std::string_view> kSamples[] = {
    {"luhn", "4111 1111 1111 1111"},
    {"iban", "DE89370400440532013000"},
    {"email_domain", "jane@example.com"},
    {"email", "jane.doe@mail.example.co.uk"},
    {"us_ssn", "536-90-4399"},
    {"imei", "490154203237518"},
    {"jwt",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
     "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
    {"not_placeholder", "jane.doe@mail.example.co.uk"},
};

void BM_Validator(benchmark::State& state, validate::Validator validator,
                  std::string_view sample) {
  for (auto _ : state) benchmark::DoNotOptimize(validator(sample));
}

void BM_VinCheckDigit(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        validate::HasValidVinCheckDigit("1HGCM82633A004352"));
  }
}
BENCHMARK(BM_VinCheckDigit);

// One number again and again: the per-thread memo answers.
void BM_PhoneNumber(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        validate::IsValidPhoneNumber("+442079460958", "US"));
  }
}
BENCHMARK(BM_PhoneNumber);

// A new number each time (more than the memo holds): the rules run.
void BM_PhoneNumberUncached(benchmark::State& state) {
  std::vector<std::string> numbers;
  for (int i = 0; i < 8192; ++i) {
    numbers.push_back("+4420794" + std::to_string(10000 + i));
  }
  size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(validate::IsValidPhoneNumber(numbers[next], "US"));
    next = (next + 1) % numbers.size();
  }
}
BENCHMARK(BM_PhoneNumberUncached);

int RegisterValidators() {
  for (const auto& [name, sample] : kSamples) {
    validate::Validator validator = validate::LookupValidator(name);
    if (validator == nullptr || !validator(sample)) std::abort();
    benchmark::RegisterBenchmark(("BM_Validator/" + std::string(name)).c_str(),
                                 BM_Validator, validator, sample);
  }
  return 0;
}

const int kRegistered = RegisterValidators();

}  // namespace
}  // namespace logveil::bench
