// How a finder runs inside one pass over a text's byte classes
// (confirm/byte_classes.h), shared with the other finders. Each finder keeps
// its plain left-to-right scan and splits it in two steps:
//   Triggers: from the classes of a 64-byte block (and its neighbours), the
//     positions where a visit may matter. It may leave out only positions
//     where the plain scan would find nothing and would not jump past the
//     next trigger; so visiting triggers alone, in order, finds exactly what
//     the plain scan finds.
//   Visit: the plain scan's step at one trigger: parse, validate, append,
//     and say where scanning resumes.
// Most bytes of a log are never looked at one by one, and one classification
// of each block serves every finder.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/byte_classes.h"
#include "confirm/finder.h"

namespace logveil::confirm {

using ClassMask = uint64_t ByteClassBlock::*;

// A mask of a block (`lo`) and of the next one (`hi`): bit k of the pair is
// byte 64 + k for k >= 64. Shapes built by shifting pairs ahead are exact in
// `lo` as long as they look less than 64 bytes ahead in total, so a shape
// can be built once from parts ("4 digits") and shifted, instead of testing
// each byte of it at each offset.
struct MaskPair {
  uint64_t lo = 0;
  uint64_t hi = 0;

  // Bit k: bit k + n of this pair. 0 < n < 64.
  MaskPair Ahead(int n) const {
    return {(lo >> n) | (hi << (64 - n)), hi >> n};
  }
  friend MaskPair operator&(MaskPair a, MaskPair b) {
    return {a.lo & b.lo, a.hi & b.hi};
  }
  friend MaskPair operator|(MaskPair a, MaskPair b) {
    return {a.lo | b.lo, a.hi | b.hi};
  }
  friend MaskPair operator~(MaskPair a) { return {~a.lo, ~a.hi}; }
};

// The classes of one block, with its neighbours for shapes that reach into
// them. Bit k of each result describes byte k of the block.
class BlockView {
 public:
  // `blocks` points at the previous block; the block itself and the next one
  // follow it.
  explicit BlockView(const ByteClassBlock* blocks) : blocks_(blocks) {}

  // Bit k: byte k + n has the class; -64 < n < 64. Bytes outside the text
  // have no class.
  uint64_t Has(ClassMask mask, int n = 0) const {
    if (n > 0) return (blocks_[1].*mask >> n) | (blocks_[2].*mask << (64 - n));
    if (n < 0) {
      return (blocks_[1].*mask << -n) | (blocks_[0].*mask >> (64 + n));
    }
    return blocks_[1].*mask;
  }

  // The block's and the next block's masks; bits past those are unknown
  // and read as 0.
  MaskPair Pair(ClassMask mask) const {
    return {blocks_[1].*mask, blocks_[2].*mask};
  }

 private:
  const ByteClassBlock* blocks_;
};

// Bit k: byte k + n is a word byte (ascii::IsWordChar).
inline uint64_t IsWordByte(const BlockView& v, int n) {
  return v.Has(&ByteClassBlock::alpha, n) | v.Has(&ByteClassBlock::digit, n) |
         v.Has(&ByteClassBlock::underscore, n);
}

// Consecutive blocks of a text: blocks[k + 1] describes block first + k, for
// k in [0, count); blocks[0] and blocks[count + 1] are the neighbours. The
// byte just before the text reads as a newline (the text starts a line) and
// has no other class.
struct ClassWindow {
  size_t first = 0;
  size_t count = 0;
  const ByteClassBlock* blocks = nullptr;
};

struct FinderSteps {
  // Visits the finder's candidates in `window` from `pos` on, appending to
  // `out`; leaves `pos` where scanning resumes.
  void (*scan)(const ClassWindow& window, std::string_view text,
               const FindOptions& options, size_t& pos,
               std::vector<ByteRange>& out);
};

// Steps::Triggers(const BlockView&) -> uint64_t, and
// Steps::Visit(text, at, pos, options, out) -> the position after `at` where
// scanning resumes. `pos` (<= at) is where the previous visit left off.
template <class Steps>
void ScanWindow(const ClassWindow& window, std::string_view text,
                const FindOptions& options, size_t& pos,
                std::vector<ByteRange>& out) {
  for (size_t k = 0; k < window.count; ++k) {
    size_t base = (window.first + k) * kBlockBytes;
    if (pos >= base + kBlockBytes) continue;
    uint64_t triggers = Steps::Triggers(BlockView(window.blocks + k));
    if (pos > base) triggers &= ~uint64_t{0} << (pos - base);
    while (triggers != 0) {
      size_t at = base + static_cast<size_t>(std::countr_zero(triggers));
      pos = Steps::Visit(text, at, pos, options, out);
      if (pos >= base + kBlockBytes) break;
      triggers &= ~uint64_t{0} << (pos - base);
    }
  }
}

template <class Steps>
constexpr FinderSteps kStepsOf = {&ScanWindow<Steps>};

// Runs one finder alone over `text`: what its FindFunction does.
void RunFinderSteps(const FinderSteps& steps, std::string_view text,
                    const FindOptions& options, std::vector<ByteRange>& out);

}  // namespace logveil::confirm
