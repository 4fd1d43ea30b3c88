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

// Bit k of each mask describes byte 64 * b + k of the text, for block b.
// Bytes past the end of the text are in no class.
struct ByteClassBlock {
  uint64_t digit;  // 0-9
  uint64_t alpha;  // A-Z a-z
  uint64_t upper;  // A-Z
  uint64_t hex;    // 0-9 A-F a-f
  uint64_t underscore;
  uint64_t dot;
  uint64_t colon;
  uint64_t dash;
  uint64_t space;
  uint64_t plus;
  uint64_t percent;
  uint64_t open_paren;
  uint64_t newline;    // '\n'
  uint64_t separator;  // ' ' '-' '.' '/': between groups of digits
  // Letters of coordinate labels ("lat", "lon", "lng", "geo", "q") and of
  // the hemispheres N and S, any case.
  uint64_t letter_a;
  uint64_t letter_e;
  uint64_t letter_g;
  uint64_t letter_l;
  uint64_t letter_n;
  uint64_t letter_o;
  uint64_t letter_t;
  uint64_t letter_q;
  uint64_t letter_s;
};

constexpr size_t kBlockBytes = 64;

// Fills out[0, count) with the classes of blocks first .. first + count - 1
// of `text`. Blocks may lie partly or wholly past the end of `text`.
void ClassifyBlocks(std::string_view text, size_t first, size_t count,
                    ByteClassBlock* out);

}  // namespace logveil::confirm
