// Google Highway adapter: the only includer of <hwy/...>. Compiled once per
// SIMD target (SSE4, AVX2, AVX-512 ...); the widest one the CPU supports is
// picked at run time.
#include "confirm/byte_classes.h"

#include <cstring>

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "confirm/byte_classes.cc"
#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>

HWY_BEFORE_NAMESPACE();
namespace logveil::confirm::HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Masks in the order of ByteClassBlock's members.
constexpr size_t kClasses = sizeof(ByteClassBlock) / sizeof(uint64_t);

// One bit per byte of a block for each class, in the order of
// ByteClassBlock's members. StoreMaskBits writes whole vectors' worth of bits
// and may need 8 bytes of room, hence the padding.
struct BlockBits {
  uint8_t bytes[kClasses][16];
};

// Stores the classes of the vector `v`, which holds bytes `offset` onwards
// of a block (a multiple of 8), into `bits`.
template <class D, class V>
HWY_INLINE void StoreClasses(D d, V v, size_t offset, BlockBits& bits) {
  const auto lower = hn::Or(v, hn::Set(d, 0x20));
  const auto letter_index = hn::Sub(lower, hn::Set(d, 'a'));
  const auto is = [&](uint8_t c) { return hn::Eq(v, hn::Set(d, c)); };
  const auto is_letter = [&](uint8_t c) {
    return hn::Eq(lower, hn::Set(d, c));
  };
  const auto digit = hn::Lt(hn::Sub(v, hn::Set(d, '0')), hn::Set(d, 10));
  const decltype(digit) classes[kClasses] = {
      digit,
      hn::Lt(letter_index, hn::Set(d, 26)),
      hn::Lt(hn::Sub(v, hn::Set(d, 'A')), hn::Set(d, 26)),
      hn::Or(digit, hn::Lt(letter_index, hn::Set(d, 6))),
      is('_'),
      is('.'),
      is(':'),
      is('-'),
      is(' '),
      is('+'),
      is('%'),
      is('('),
      is('\n'),
      hn::Or(hn::Or(is(' '), is('-')), hn::Or(is('.'), is('/'))),
      is_letter('a'),
      is_letter('e'),
      is_letter('g'),
      is_letter('l'),
      is_letter('n'),
      is_letter('o'),
      is_letter('t'),
      is_letter('q'),
      is_letter('s'),
  };
  for (size_t c = 0; c < kClasses; ++c) {
    hn::StoreMaskBits(d, classes[c], &bits.bytes[c][offset / 8]);
  }
}

// Classifies the 64 bytes at `bytes`.
HWY_INLINE void ClassifyBlock(const uint8_t* bytes, ByteClassBlock& out) {
  const hn::ScalableTag<uint8_t> d;
  const size_t lanes = hn::Lanes(d);
  uint64_t words[kClasses] = {};
  BlockBits bits;
  if (lanes >= 8) {
    for (size_t i = 0; i < kBlockBytes; i += lanes) {
      StoreClasses(d, hn::LoadU(d, bytes + i), i, bits);
    }
    for (size_t c = 0; c < kClasses; ++c) {
      std::memcpy(&words[c], bits.bytes[c], sizeof(uint64_t));
    }
  } else {
    // Fewer than 8 lanes (no SIMD): the bits of a vector fill part of a byte.
    for (size_t i = 0; i < kBlockBytes; i += lanes) {
      StoreClasses(d, hn::LoadU(d, bytes + i), 0, bits);
      for (size_t c = 0; c < kClasses; ++c) {
        uint64_t vector_bits = bits.bytes[c][0] & ((1u << lanes) - 1);
        words[c] |= vector_bits << i;
      }
    }
  }
  std::memcpy(&out, words, sizeof(out));
}

void ClassifyBlocksImpl(const char* text, size_t size, size_t first,
                        size_t count, ByteClassBlock* out) {
  for (size_t k = 0; k < count; ++k) {
    size_t begin = (first + k) * kBlockBytes;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text);
    if (begin + kBlockBytes <= size) {
      ClassifyBlock(bytes + begin, out[k]);
      continue;
    }
    out[k] = {};
    if (begin >= size) continue;  // past the end: no class
    // The last, partial block: classified from a copy, then cut at the end.
    uint8_t padded[kBlockBytes] = {};
    size_t valid = size - begin;
    std::memcpy(padded, bytes + begin, valid);
    ClassifyBlock(padded, out[k]);
    uint64_t words[kClasses];
    std::memcpy(words, &out[k], sizeof(words));
    for (uint64_t& word : words) word &= (uint64_t{1} << valid) - 1;
    std::memcpy(&out[k], words, sizeof(words));
  }
}

}  // namespace logveil::confirm::HWY_NAMESPACE
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace logveil::confirm {

HWY_EXPORT(ClassifyBlocksImpl);

void ClassifyBlocks(std::string_view text, size_t first, size_t count,
                    ByteClassBlock* out) {
  HWY_DYNAMIC_DISPATCH(ClassifyBlocksImpl)
  (text.data(), text.size(), first, count, out);
}

}  // namespace logveil::confirm
#endif  // HWY_ONCE
