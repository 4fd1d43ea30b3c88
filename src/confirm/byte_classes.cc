// Google Highway adapter: the only includer of <hwy/...>. Compiled once per
// SIMD target (SSE4, AVX2, AVX-512 ...); the widest one the CPU supports is
// picked at run time.
#include "confirm/byte_classes.h"

#include <cstring>
#include <iterator>
#include <utility>

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "confirm/byte_classes.cc"
#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>

HWY_BEFORE_NAMESPACE();
namespace logveil::confirm::HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

constexpr size_t kClasses = std::size(kAllClasses);

// One bit per byte of a block for each class, in the order of kAllClasses.
// StoreMaskBits writes whole vectors' worth of bits and may need 8 bytes of
// room, hence the padding.
struct BlockBits {
  uint8_t bytes[kClasses][16];
};

// Calls store(c, mask) with the mask of class c (kAllClasses' order, as a
// std::integral_constant) of the bytes in the vector `v`.
template <class D, class V, class Store>
HWY_INLINE void ClassifyVector(D d, V v, Store store) {
  const auto lower = hn::Or(v, hn::Set(d, 0x20));
  const auto letter_index = hn::Sub(lower, hn::Set(d, 'a'));
  const auto is = [&](uint8_t c) { return hn::Eq(v, hn::Set(d, c)); };
  const auto is_letter = [&](uint8_t c) {
    return hn::Eq(lower, hn::Set(d, c));
  };
  const auto digit = hn::Lt(hn::Sub(v, hn::Set(d, '0')), hn::Set(d, 10));
  const decltype(digit) classes[kClasses] = {
      digit,
      is('0'),
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
      is(')'),
      is('/'),
      is('\n'),
      is('"'),
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
  // Constant indices, so that an in-place store's member pointer folds into
  // an address instead of a loop over kAllClasses.
  [&]<size_t... C>(std::index_sequence<C...>) {
    (store(std::integral_constant<size_t, C>{}, classes[C]), ...);
  }
  (std::make_index_sequence<kClasses>{});
}

// Classifies the 64 bytes at `bytes` into `words`, in kAllClasses' order.
HWY_INLINE void ClassifyBlock(const uint8_t* bytes,
                              uint64_t (&words)[kClasses]) {
  const hn::ScalableTag<uint8_t> d;
  const size_t lanes = hn::Lanes(d);
  BlockBits bits;
  for (uint64_t& word : words) word = 0;
  for (size_t i = 0; i < kBlockBytes; i += lanes) {
    size_t byte = lanes >= 8 ? i / 8 : 0;
    ClassifyVector(d, hn::LoadU(d, bytes + i), [&](auto c, auto mask) {
      hn::StoreMaskBits(d, mask, &bits.bytes[c][byte]);
    });
    if (lanes >= 8) continue;
    // Fewer than 8 lanes (no SIMD): the bits of a vector fill part of a byte.
    for (size_t c = 0; c < kClasses; ++c) {
      uint64_t vector_bits = bits.bytes[c][0] & ((1u << lanes) - 1);
      words[c] |= vector_bits << i;
    }
  }
  if (lanes < 8) return;
  for (size_t c = 0; c < kClasses; ++c) {
    std::memcpy(&words[c], bits.bytes[c], sizeof(uint64_t));
  }
}

// Classifies a whole block straight into its slot when one vector holds it
// (AVX-512): StoreMaskBits then writes exactly the slot's 8 bytes, with no
// copy in between.
HWY_INLINE bool ClassifyBlockInPlace(const uint8_t* bytes, size_t slot,
                                     ByteClasses& out) {
  const hn::ScalableTag<uint8_t> d;
  if (hn::Lanes(d) != kBlockBytes) return false;
  ClassifyVector(d, hn::LoadU(d, bytes), [&](auto c, auto mask) {
    hn::StoreMaskBits(d, mask,
                      reinterpret_cast<uint8_t*>(&(out.*kAllClasses[c])[slot]));
  });
  return true;
}

void ClassifyBlocksImpl(const char* text, size_t size, size_t first,
                        size_t count, size_t slot, ByteClasses& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text);
  for (size_t k = 0; k < count; ++k) {
    size_t begin = (first + k) * kBlockBytes;
    bool whole = begin + kBlockBytes <= size;
    if (whole && ClassifyBlockInPlace(bytes + begin, slot + k, out)) continue;
    uint64_t words[kClasses] = {};
    if (whole) {
      ClassifyBlock(bytes + begin, words);
    } else if (begin < size) {
      // The last, partial block: classified from a copy, then cut at the end.
      uint8_t padded[kBlockBytes] = {};
      size_t valid = size - begin;
      std::memcpy(padded, bytes + begin, valid);
      ClassifyBlock(padded, words);
      for (uint64_t& word : words) word &= (uint64_t{1} << valid) - 1;
    }  // else past the end: no class
    for (size_t c = 0; c < kClasses; ++c) {
      (out.*kAllClasses[c])[slot + k] = words[c];
    }
  }
}

size_t CountByteImpl(const char* text, size_t size, uint8_t byte) {
  const hn::ScalableTag<uint8_t> d;
  const size_t lanes = hn::Lanes(d);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text);
  const auto wanted = hn::Set(d, byte);
  size_t count = 0;
  size_t i = 0;
  for (; i + lanes <= size; i += lanes) {
    count += hn::CountTrue(d, hn::Eq(hn::LoadU(d, bytes + i), wanted));
  }
  for (; i < size; ++i) count += bytes[i] == byte ? 1 : 0;
  return count;
}

size_t FindLineStartImpl(const char* text, size_t size, size_t from,
                         const char* firsts, size_t count) {
  auto wanted = [&](size_t i) {
    return (i == 0 || text[i - 1] == '\n') &&
           std::memchr(firsts, text[i], count) != nullptr;
  };
  if (from < size && wanted(from)) return from;
  const hn::ScalableTag<uint8_t> d;
  const size_t lanes = hn::Lanes(d);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text);
  const auto newline = hn::Set(d, '\n');
  // From here on i > 0: the byte before i is in the text.
  size_t i = from + 1;
  for (; i + lanes <= size; i += lanes) {
    const auto current = hn::LoadU(d, bytes + i);
    auto first = hn::Eq(current, hn::Set(d, uint8_t(firsts[0])));
    for (size_t k = 1; k < count; ++k) {
      first = hn::Or(first, hn::Eq(current, hn::Set(d, uint8_t(firsts[k]))));
    }
    const auto starts =
        hn::And(hn::Eq(hn::LoadU(d, bytes + i - 1), newline), first);
    const intptr_t at = hn::FindFirstTrue(d, starts);
    if (at >= 0) return i + size_t(at);
  }
  for (; i < size; ++i) {
    if (wanted(i)) return i;
  }
  return size;
}

}  // namespace logveil::confirm::HWY_NAMESPACE
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace logveil::confirm {

HWY_EXPORT(ClassifyBlocksImpl);
HWY_EXPORT(CountByteImpl);
HWY_EXPORT(FindLineStartImpl);

void ClassifyBlocks(std::string_view text, size_t first, size_t count,
                    size_t slot, ByteClasses& out) {
  HWY_DYNAMIC_DISPATCH(ClassifyBlocksImpl)
  (text.data(), text.size(), first, count, slot, out);
}

size_t FindLineStart(std::string_view text, size_t from,
                     std::string_view firsts) {
  if (firsts.empty()) return text.size();
  return HWY_DYNAMIC_DISPATCH(FindLineStartImpl)(text.data(), text.size(), from,
                                                 firsts.data(), firsts.size());
}

size_t CountByte(std::string_view text, char byte) {
  return HWY_DYNAMIC_DISPATCH(CountByteImpl)(text.data(), text.size(),
                                             static_cast<uint8_t>(byte));
}

}  // namespace logveil::confirm
#endif  // HWY_ONCE
