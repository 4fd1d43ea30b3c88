// Byte classes of a text as bitmaps, 64 bytes per block: the one SIMD step
// of the finders. Every finder asks the same few questions of each byte (a
// digit? a letter? a '.'?); answering them once, 64 bytes at a time, lets a
// finder compute the positions of its candidates with a few shifts and ANDs
// and visit only those, instead of looking at every byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace logveil::confirm {

constexpr size_t kBlockBytes = 64;
// Blocks classified at once: their classes (13 KiB) stay in L1 while every
// finder scans them.
constexpr size_t kWindowBlocks = 64;

// The classes of a window of blocks, one array per class, so that the masks
// of consecutive blocks load as one vector (confirm/finder_steps.h). Bit k
// of each mask describes byte 64 * b + k of the text, for the block b in
// that slot. Bytes past the end of the text are in no class.
struct ByteClasses {
  // The block before the window, the window's blocks and the one after.
  static constexpr size_t kSlots = kWindowBlocks + 2;

  uint64_t digit[kSlots];  // 0-9
  uint64_t zero[kSlots];   // '0': "00" opens an international prefix
  uint64_t alpha[kSlots];  // A-Z a-z
  uint64_t upper[kSlots];  // A-Z
  uint64_t hex[kSlots];    // 0-9 A-F a-f
  uint64_t underscore[kSlots];
  uint64_t dot[kSlots];
  uint64_t colon[kSlots];
  uint64_t dash[kSlots];
  uint64_t space[kSlots];
  uint64_t plus[kSlots];
  uint64_t percent[kSlots];
  uint64_t open_paren[kSlots];
  uint64_t close_paren[kSlots];
  uint64_t slash[kSlots];
  uint64_t newline[kSlots];    // '\n'
  uint64_t quote[kSlots];      // '"'
  uint64_t separator[kSlots];  // ' ' '-' '.' '/': between groups of digits
  // Letters of coordinate labels ("lat", "lon", "lng", "geo", "q") and of
  // the hemispheres N and S, any case.
  uint64_t letter_a[kSlots];
  uint64_t letter_e[kSlots];
  uint64_t letter_g[kSlots];
  uint64_t letter_l[kSlots];
  uint64_t letter_n[kSlots];
  uint64_t letter_o[kSlots];
  uint64_t letter_t[kSlots];
  uint64_t letter_q[kSlots];
  uint64_t letter_s[kSlots];
};

// One class of ByteClasses: &ByteClasses::digit.
using ClassMask = uint64_t (ByteClasses::*)[ByteClasses::kSlots];

// Every class, in ByteClasses' order.
inline constexpr ClassMask kAllClasses[] = {
    &ByteClasses::digit,      &ByteClasses::zero,
    &ByteClasses::alpha,      &ByteClasses::upper,
    &ByteClasses::hex,        &ByteClasses::underscore,
    &ByteClasses::dot,        &ByteClasses::colon,
    &ByteClasses::dash,       &ByteClasses::space,
    &ByteClasses::plus,       &ByteClasses::percent,
    &ByteClasses::open_paren, &ByteClasses::close_paren,
    &ByteClasses::slash,      &ByteClasses::newline,
    &ByteClasses::quote,      &ByteClasses::separator,
    &ByteClasses::letter_a,   &ByteClasses::letter_e,
    &ByteClasses::letter_g,   &ByteClasses::letter_l,
    &ByteClasses::letter_n,   &ByteClasses::letter_o,
    &ByteClasses::letter_t,   &ByteClasses::letter_q,
    &ByteClasses::letter_s,
};

// Fills slots [slot, slot + count) of `out` with the classes of blocks
// first .. first + count - 1 of `text`. Blocks may lie partly or wholly past
// the end of `text`.
void ClassifyBlocks(std::string_view text, size_t first, size_t count,
                    size_t slot, ByteClasses& out);

// The first line start at or after `from` (0 or a byte after '\n') whose
// first byte is one of `firsts`, or text.size() if none: finds the lines
// that may hold JSON without a memchr call per line.
size_t FindLineStart(std::string_view text, size_t from,
                     std::string_view firsts);

// The number of times `byte` occurs in `text`, a vector at a time: the line
// count of a whole chunk, where a memchr call per line costs ~4x more.
size_t CountByte(std::string_view text, char byte);

}  // namespace logveil::confirm
