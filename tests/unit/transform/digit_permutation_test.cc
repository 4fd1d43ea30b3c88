#include "transform/digit_permutation.h"

#include <catch2/catch.hpp>
#include <vector>

namespace logveil::transform {
namespace {

const SecretKey kKey("0123456789abcdef");

TEST_CASE("the permutation is a bijection of 0 to domain - 1", "[unit]") {
  for (uint64_t domain : {2, 10, 100, 1000, 1024, 4097, 100000}) {
    INFO(domain);
    std::vector<bool> seen(domain);
    for (uint64_t value = 0; value < domain; ++value) {
      uint64_t image = PermuteBelow(kKey, domain, 42, value);
      REQUIRE(image < domain);
      CHECK_FALSE(seen[image]);
      seen[image] = true;
    }
  }
}

TEST_CASE("the permutation depends on key, tweak and nothing else", "[unit]") {
  uint64_t domain = 10'000'000'000;  // ten-digit subscriber numbers
  uint64_t value = 4155550132;
  uint64_t image = PermuteBelow(kKey, domain, 1, value);
  CHECK(image == PermuteBelow(SecretKey("0123456789abcdef"), domain, 1, value));
  CHECK(image != PermuteBelow(SecretKey("fedcba9876543210"), domain, 1, value));
  CHECK(image != PermuteBelow(kKey, domain, 2, value));
  CHECK(image < domain);
  uint64_t largest = kMaxPermutationDomain;
  CHECK(PermuteBelow(kKey, largest, 0, largest - 1) < largest);
}

TEST_CASE("permuted values look uniform, not clustered", "[unit]") {
  // Consecutive inputs land in all ten leading-digit buckets.
  uint64_t domain = 1'000'000;
  std::vector<int> buckets(10);
  for (uint64_t value = 0; value < 10000; ++value) {
    ++buckets[PermuteBelow(kKey, domain, 7, value) / 100000];
  }
  for (int count : buckets) CHECK((count > 800 && count < 1200));
}

}  // namespace
}  // namespace logveil::transform
