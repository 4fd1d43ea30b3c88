#include "transform/digit_permutation.h"

#include <bit>

namespace logveil::transform {
namespace {

constexpr int kRounds = 10;

// One pass of the Feistel network over `bits` (even) bits.
uint64_t Feistel(const SecretKey& key, int bits, uint64_t tweak,
                 uint64_t value) {
  int half_bits = bits / 2;
  uint64_t mask = (uint64_t{1} << half_bits) - 1;
  uint64_t left = value >> half_bits, right = value & mask;
  uint8_t block[16] = {};
  uint8_t output[16];
  block[1] = static_cast<uint8_t>(bits);
  for (int i = 0; i < 8; ++i)
    block[2 + i] = static_cast<uint8_t>(tweak >> (56 - 8 * i));
  for (int round = 0; round < kRounds; ++round) {
    block[0] = static_cast<uint8_t>(round);
    for (int i = 0; i < 4; ++i)
      block[10 + i] = static_cast<uint8_t>(right >> (24 - 8 * i));
    Aes128EncryptBlocks(key, block, output, 1);
    uint64_t f = uint64_t{output[0]} << 24 | output[1] << 16 | output[2] << 8 |
                 output[3];
    uint64_t mixed = left ^ (f & mask);
    left = right;
    right = mixed;
  }
  return left << half_bits | right;
}

}  // namespace

uint64_t PermuteBelow(const SecretKey& key, uint64_t domain, uint64_t tweak,
                      uint64_t value) {
  int bits = std::bit_width(domain - 1);
  bits += bits & 1;
  if (bits < 2) bits = 2;
  // Each step stays in [0, 2^bits); walking from a value below `domain`
  // returns below `domain` before the cycle closes, so this terminates.
  do {
    value = Feistel(key, bits, tweak, value);
  } while (value >= domain);
  return value;
}

}  // namespace logveil::transform
