// ipcrypt-pfx: prefix-preserving encryption of IP addresses, as specified in
// draft-denis-ipcrypt ("Methods for IP Address Obfuscation", the ipcrypt-pfx
// variant). Two addresses that share their first N bits give outputs that
// share their first N bits, for every N, and nothing else leaks. The
// pseudonymize action uses it for IPv4 and IPv6.
//
// Addresses are 16 bytes; IPv4 is the IPv4-mapped ::ffff:a.b.c.d, whose
// first 96 bits the spec keeps, so IPv4 stays IPv4.
#pragma once

#include <array>
#include <cstdint>

#include "transform/crypto.h"

namespace logveil::transform {

using Ip16 = std::array<uint8_t, 16>;

// The 32-byte ipcrypt-pfx key as its two AES-128 halves, which must differ.
struct PfxKey {
  SecretKey first;   // K1
  SecretKey second;  // K2
};

// Returns true if `address` is IPv4-mapped (::ffff:0:0/96).
bool IsIpv4Mapped(const Ip16& address);

// Returns the ipcrypt-pfx encryption of `address`, with its first
// `keep_bits` (0..128) bits copied in clear. Keeping bits does not change
// the other output bits: bit i of the output depends only on the input bits
// before it. Costs 2 x (128 - max(keep_bits, 96 for IPv4, else 0)) AES
// blocks, encrypted in two batches.
Ip16 IpcryptPfxEncrypt(const PfxKey& key, const Ip16& address, int keep_bits);

}  // namespace logveil::transform
