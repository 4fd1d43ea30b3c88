// A keyed permutation of the integers [0, domain): the core of the format-
// preserving pseudonyms of phone numbers, card numbers and MAC addresses.
// Being a bijection, two different inputs never share a pseudonym, unlike a
// truncated hash (no birthday collisions among 10^6 subscriber numbers).
//
// Construction: a 10-round balanced Feistel network (Luby-Rackoff; 10 rounds
// as in NIST SP 800-38G FF1) on the smallest even bit width that covers the
// domain, with AES-128 over (round, width, tweak, half) as round function,
// and cycle walking (Black-Rogaway 2002) back into [0, domain). Not FF1
// itself: FF1 refuses domains under 10^6, and a card's middle can have
// three digits. logveil never inverts it.
#pragma once

#include <cstdint>

#include "transform/crypto.h"

namespace logveil::transform {

// The largest domain PermuteBelow accepts.
constexpr uint64_t kMaxPermutationDomain = uint64_t{1} << 62;

// Returns the image of `value` (< domain) under the permutation of
// [0, domain) that `key` (16 bytes) and `tweak` select. 2 <= domain <=
// kMaxPermutationDomain. Costs 10 AES blocks per walk step; fewer than four
// steps are expected.
uint64_t PermuteBelow(const SecretKey& key, uint64_t domain, uint64_t tweak,
                      uint64_t value);

}  // namespace logveil::transform
