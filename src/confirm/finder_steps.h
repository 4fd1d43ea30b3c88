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
// Most bytes of a log are never looked at one by one, one classification
// of each block serves every finder, and triggers are computed for kLanes
// blocks at a time.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/byte_classes.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// Every function that passes Words by value is forced inline into
// WindowTriggers. Its clones are compiled for wider vectors than the rest
// of the program, and a call between the two would disagree on how a
// 512-bit vector is passed (GCC's -Wpsabi note): garbage, not an error. With
// always_inline a function that cannot be inlined fails to compile instead,
// at any optimization level.
#define LOGVEIL_VECTOR_INLINE __attribute__((always_inline)) inline
// The same for a lambda, written after its parameter list.
#define LOGVEIL_VECTOR_LAMBDA __attribute__((always_inline))

// Lanes of Words: blocks whose triggers are computed at once.
constexpr size_t kLanes = 8;
// WindowTriggers fills whole groups of lanes, reading up to one slot past
// the last lane: in a window of kWindowBlocks that stays inside the slots.
// Lanes past a short last window read stale slots; their triggers are
// never visited.
static_assert(kWindowBlocks % kLanes == 0);

// One 64-bit mask per block for kLanes consecutive blocks: triggers are
// computed for all of them with the same instructions (one AVX-512
// register; two AVX2 or four SSE2 registers on older CPUs).
using Words = uint64_t __attribute__((vector_size(kLanes * sizeof(uint64_t))));

// True if no lane has a bit set.
LOGVEIL_VECTOR_INLINE bool None(Words w) {
  uint64_t any = 0;
  for (size_t lane = 0; lane < kLanes; ++lane) any |= w[lane];
  return any == 0;
}

// The masks of a group of blocks (`lo`) and of the blocks after each
// (`hi`): bit k of the pair is byte 64 + k for k >= 64. Shapes built by
// shifting pairs ahead are exact in `lo` as long as they look less than 64
// bytes ahead in total, so a shape can be built once from parts ("4
// digits") and shifted, instead of testing each byte of it at each offset.
struct MaskPair {
  Words lo = {};
  Words hi = {};

  // Bit k: bit k + n of this pair. 0 < n < 64.
  LOGVEIL_VECTOR_INLINE MaskPair Ahead(int n) const {
    return {(lo >> n) | (hi << (64 - n)), hi >> n};
  }
  LOGVEIL_VECTOR_INLINE friend MaskPair operator&(MaskPair a, MaskPair b) {
    return {a.lo & b.lo, a.hi & b.hi};
  }
  LOGVEIL_VECTOR_INLINE friend MaskPair operator|(MaskPair a, MaskPair b) {
    return {a.lo | b.lo, a.hi | b.hi};
  }
  LOGVEIL_VECTOR_INLINE friend MaskPair operator~(MaskPair a) {
    return {~a.lo, ~a.hi};
  }
};

// The classes of kLanes consecutive blocks, with their neighbours for
// shapes that reach into them. Bit k of each lane of a result describes
// byte k of that lane's block.
class BlockView {
 public:
  // The blocks in slots [slot, slot + kLanes) of `classes`; 0 < slot.
  LOGVEIL_VECTOR_INLINE BlockView(const ByteClasses& classes, size_t slot)
      : classes_(classes), slot_(slot) {}

  // Bit k: byte k + n has the class; -64 < n < 64. Bytes outside the text
  // have no class.
  LOGVEIL_VECTOR_INLINE Words Has(ClassMask mask, int n = 0) const {
    const uint64_t* words = (classes_.*mask) + slot_;
    if (n > 0) return (Load(words) >> n) | (Load(words + 1) << (64 - n));
    if (n < 0) return (Load(words) << -n) | (Load(words - 1) >> (64 + n));
    return Load(words);
  }

  // The blocks' and the next blocks' masks.
  LOGVEIL_VECTOR_INLINE MaskPair Pair(ClassMask mask) const {
    const uint64_t* words = (classes_.*mask) + slot_;
    return {Load(words), Load(words + 1)};
  }

 private:
  LOGVEIL_VECTOR_INLINE static Words Load(const uint64_t* words) {
    Words w;
    std::memcpy(&w, words, sizeof w);
    return w;
  }

  const ByteClasses& classes_;
  size_t slot_;
};

// Bit k: byte k + n is a word byte (ascii::IsWordChar).
LOGVEIL_VECTOR_INLINE Words IsWordByte(const BlockView& v, int n) {
  return v.Has(&ByteClasses::alpha, n) | v.Has(&ByteClasses::digit, n) |
         v.Has(&ByteClasses::underscore, n);
}

// Consecutive blocks of a text: slot k + 1 of `classes` describes block
// first + k, for k in [0, count); slots 0 and count + 1 are the neighbours.
// The byte just before the text reads as a newline (the text starts a
// line) and has no other class.
struct ClassWindow {
  size_t first = 0;
  size_t count = 0;
  const ByteClasses* classes = nullptr;
};

struct FinderSteps {
  // Visits the finder's candidates in `window` from `pos` on, appending to
  // `out`; leaves `pos` where scanning resumes.
  void (*scan)(const ClassWindow& window, std::string_view text,
               const FindOptions& options, size_t& pos,
               std::vector<ByteRange>& out);
};

// Trigger code is compiled for the widest vectors the CPU has, picked when
// the program loads.
// Not under ThreadSanitizer: the clones' ifunc resolver runs while the
// program is being loaded, before the TSan runtime is set up, and crashes.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && \
    !defined(__SANITIZE_THREAD__)
#define LOGVEIL_VECTOR_CLONES                                                  \
  __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default"), \
                 flatten))
#else
#define LOGVEIL_VECTOR_CLONES __attribute__((flatten))
#endif

// Bit `lane`: the lane has a bit set.
LOGVEIL_VECTOR_INLINE uint64_t NonZeroLanes(Words w) {
  uint64_t lanes = 0;
  for (size_t lane = 0; lane < kLanes; ++lane) {
    lanes |= uint64_t{w[lane] != 0} << lane;
  }
  return lanes;
}

// Writes the triggers of the window's blocks to triggers[0, count), in
// groups of kLanes (so count rounded up to kLanes words). Returns the
// blocks that have any: bit k for block k.
static_assert(kWindowBlocks <= 64);
template <class Steps>
LOGVEIL_VECTOR_CLONES uint64_t WindowTriggers(const ClassWindow& window,
                                              uint64_t* triggers) {
  uint64_t blocks = 0;
  for (size_t k = 0; k < window.count; k += kLanes) {
    Words lanes = Steps::Triggers(BlockView(*window.classes, k + 1));
    std::memcpy(triggers + k, &lanes, sizeof lanes);
    blocks |= NonZeroLanes(lanes) << k;
  }
  // Lanes past a short last window hold stale triggers.
  return window.count < 64 ? blocks & ((uint64_t{1} << window.count) - 1)
                           : blocks;
}

// Steps::Triggers(const BlockView&) -> Words (LOGVEIL_VECTOR_INLINE, as
// everything it calls with Words), and
// Steps::Visit(text, at, pos, options, out) -> the position after `at` where
// scanning resumes. `pos` (<= at) is where the previous visit left off.
template <class Steps>
void ScanWindow(const ClassWindow& window, std::string_view text,
                const FindOptions& options, size_t& pos,
                std::vector<ByteRange>& out) {
  uint64_t all_triggers[kWindowBlocks];
  // Most blocks have no trigger for most finders: visit only those that do.
  uint64_t blocks = WindowTriggers<Steps>(window, all_triggers);
  while (blocks != 0) {
    size_t k = static_cast<size_t>(std::countr_zero(blocks));
    blocks &= blocks - 1;
    size_t base = (window.first + k) * kBlockBytes;
    if (pos >= base + kBlockBytes) continue;
    uint64_t triggers = all_triggers[k];
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

// The Visit of a finder whose triggers are exact shapes `length` bytes
// long: the span if `valid` accepts it (scanning resumes after it), else
// nothing (resuming at the next byte).
inline size_t VisitFixedLength(std::string_view text, size_t at, size_t length,
                               bool (*valid)(std::string_view),
                               std::vector<ByteRange>& out) {
  if (!valid(text.substr(at, length))) return at + 1;
  out.push_back({at, at + length});
  return at + length;
}

// Runs one finder alone over `text`: what its FindFunction does.
void RunFinderSteps(const FinderSteps& steps, std::string_view text,
                    const FindOptions& options, std::vector<ByteRange>& out);

}  // namespace logveil::confirm
