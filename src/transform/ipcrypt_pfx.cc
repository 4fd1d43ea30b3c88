#include "transform/ipcrypt_pfx.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace logveil::transform {
namespace {

constexpr int kBits = 128;
constexpr int kIpv4MappedBits = 96;

void StoreBigEndian(uint64_t value, uint8_t* bytes) {
  if constexpr (std::endian::native == std::endian::little) {
    value = __builtin_bswap64(value);
  }
  std::memcpy(bytes, &value, sizeof(value));
}

// Writes the spec's padded prefix for prefix length `length` (0..127): the
// first `length` bits of the address (`high`, `low`: its two halves),
// right-aligned, with a 1 bit just above them, as a big-endian block.
void WritePaddedPrefix(uint64_t high, uint64_t low, int length,
                       uint8_t* block) {
  int shift = kBits - length;  // 1..128
  uint64_t prefix_high = shift >= 64 ? 0 : high >> shift;
  uint64_t prefix_low = shift >= 128  ? 0
                        : shift >= 64 ? high >> (shift - 64)
                        : shift == 0  ? low
                                      : low >> shift | high << (64 - shift);
  if (length < 64) {
    prefix_low |= uint64_t{1} << length;
  } else {
    prefix_high |= uint64_t{1} << (length - 64);
  }
  StoreBigEndian(prefix_high, block);
  StoreBigEndian(prefix_low, block + 8);
}

}  // namespace

bool IsIpv4Mapped(const Ip16& address) {
  for (int i = 0; i < 10; ++i) {
    if (address[i] != 0) return false;
  }
  return address[10] == 0xff && address[11] == 0xff;
}

Ip16 IpcryptPfxEncrypt(const PfxKey& key, const Ip16& address, int keep_bits) {
  int first = std::max(keep_bits, IsIpv4Mapped(address) ? kIpv4MappedBits : 0);
  Ip16 encrypted = address;
  if (first >= kBits) return encrypted;
  // Every padded prefix depends on input bits only, so all blocks are known
  // up front and each key encrypts them in one call.
  uint8_t prefixes[kBits * 16];
  uint8_t first_pad[kBits * 16];
  uint8_t second_pad[kBits * 16];
  uint64_t high = 0, low = 0;
  for (int i = 0; i < 8; ++i) {
    high = high << 8 | address[i];
    low = low << 8 | address[8 + i];
  }
  int blocks = kBits - first;
  for (int i = 0; i < blocks; ++i) {
    WritePaddedPrefix(high, low, first + i, prefixes + 16 * i);
  }
  Aes128EncryptBlocks(key.first, prefixes, first_pad, blocks);
  Aes128EncryptBlocks(key.second, prefixes, second_pad, blocks);
  for (int i = 0; i < blocks; ++i) {
    int bit = (first_pad[16 * i + 15] ^ second_pad[16 * i + 15]) & 1;
    int index = first + i;  // 0 = the most significant bit
    if (bit != 0) {
      encrypted[index / 8] ^= static_cast<uint8_t>(0x80 >> (index % 8));
    }
  }
  return encrypted;
}

}  // namespace logveil::transform
