#include "confirm/byte_classes.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace logveil::confirm {
namespace {

constexpr size_t kClasses = sizeof(ByteClassBlock) / sizeof(uint64_t);

// The classes of byte `c`, one at a time, in ByteClassBlock's order.
std::vector<bool> ExpectedClasses(unsigned char c) {
  auto lower = static_cast<unsigned char>(c | 0x20);
  bool digit = c >= '0' && c <= '9';
  return {digit,
          lower >= 'a' && lower <= 'z',
          c >= 'A' && c <= 'Z',
          digit || (lower >= 'a' && lower <= 'f'),
          c == '_',
          c == '.',
          c == ':',
          c == '-',
          c == ' ',
          c == '+',
          c == '%',
          c == '(',
          c == '\n',
          c == ' ' || c == '-' || c == '.' || c == '/',
          lower == 'a',
          lower == 'e',
          lower == 'g',
          lower == 'l',
          lower == 'n',
          lower == 'o',
          lower == 't',
          lower == 'q',
          lower == 's'};
}

// Checks every bit of `blocks` (classes of `text` from block 0) against the
// byte it describes; bytes past the end have no class.
void CheckBlocks(const std::string& text,
                 const std::vector<ByteClassBlock>& blocks) {
  for (size_t b = 0; b < blocks.size(); ++b) {
    uint64_t words[kClasses];
    std::memcpy(words, &blocks[b], sizeof(words));
    for (size_t k = 0; k < kBlockBytes; ++k) {
      size_t at = b * kBlockBytes + k;
      std::vector<bool> expected(kClasses, false);
      if (at < text.size()) {
        expected = ExpectedClasses(static_cast<unsigned char>(text[at]));
      }
      REQUIRE(expected.size() == kClasses);
      for (size_t c = 0; c < kClasses; ++c) {
        INFO("byte " << at << " class " << c);
        CHECK(((words[c] >> k) & 1) == expected[c]);
      }
    }
  }
}

TEST_CASE("byte classes: every byte value, bit by bit", "[unit]") {
  std::string text;
  for (int c = 0; c < 256; ++c) text.push_back(static_cast<char>(c));
  std::vector<ByteClassBlock> blocks(text.size() / kBlockBytes);
  ClassifyBlocks(text, 0, blocks.size(), blocks.data());
  CheckBlocks(text, blocks);
}

TEST_CASE("byte classes: partial blocks and blocks past the end are empty",
          "[unit]") {
  std::mt19937 random(7);
  for (size_t size : {0, 1, 63, 64, 65, 100, 127, 128, 129}) {
    std::string text(size, '\0');
    for (char& c : text) c = static_cast<char>("0a:. -Lz_(+%/"[random() % 13]);
    std::vector<ByteClassBlock> blocks(size / kBlockBytes + 2);
    ClassifyBlocks(text, 0, blocks.size(), blocks.data());
    CheckBlocks(text, blocks);
  }
}

TEST_CASE("byte classes: a range of blocks starts at its first block",
          "[unit]") {
  std::string text(300, 'x');
  text[130] = '7';
  ByteClassBlock blocks[2];
  ClassifyBlocks(text, 2, 2, blocks);
  CHECK(blocks[0].digit == uint64_t{1} << 2);
  CHECK(blocks[1].alpha == ~uint64_t{0});  // bytes 192..255, all letters
}

}  // namespace
}  // namespace logveil::confirm
