#include "confirm/byte_classes.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace logveil::confirm {
namespace {

constexpr size_t kClasses = std::size(kAllClasses);

// The classes of byte `c`, one at a time, in kAllClasses' order.
std::vector<bool> ExpectedClasses(unsigned char c) {
  auto lower = static_cast<unsigned char>(c | 0x20);
  bool digit = c >= '0' && c <= '9';
  return {digit,
          c == '0',
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
          c == ')',
          c == '/',
          c == '\n',
          c == '"',
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

// Checks every bit of slots 1 .. count of `classes` (classes of `text` from
// block 0) against the byte it describes; bytes past the end have no class.
void CheckBlocks(const std::string& text, const ByteClasses& classes,
                 size_t count) {
  for (size_t b = 0; b < count; ++b) {
    for (size_t k = 0; k < kBlockBytes; ++k) {
      size_t at = b * kBlockBytes + k;
      std::vector<bool> expected(kClasses, false);
      if (at < text.size()) {
        expected = ExpectedClasses(static_cast<unsigned char>(text[at]));
      }
      REQUIRE(expected.size() == kClasses);
      for (size_t c = 0; c < kClasses; ++c) {
        INFO("byte " << at << " class " << c);
        CHECK((((classes.*kAllClasses[c])[b + 1] >> k) & 1) == expected[c]);
      }
    }
  }
}

TEST_CASE("byte classes: every byte value, bit by bit", "[unit]") {
  std::string text;
  for (int c = 0; c < 256; ++c) text.push_back(static_cast<char>(c));
  auto classes = std::make_unique<ByteClasses>();
  ClassifyBlocks(text, 0, text.size() / kBlockBytes, 1, *classes);
  CheckBlocks(text, *classes, text.size() / kBlockBytes);
}

TEST_CASE("byte classes: partial blocks and blocks past the end are empty",
          "[unit]") {
  std::mt19937 random(7);
  for (size_t size : {0, 1, 63, 64, 65, 100, 127, 128, 129}) {
    std::string text(size, '\0');
    for (char& c : text) c = static_cast<char>("0a:. -Lz_(+%/"[random() % 13]);
    // Slots hold garbage before: every slot asked for must be written.
    auto classes = std::make_unique<ByteClasses>();
    std::memset(classes.get(), 0xa5, sizeof(ByteClasses));
    size_t count = size / kBlockBytes + 2;
    ClassifyBlocks(text, 0, count, 1, *classes);
    CheckBlocks(text, *classes, count);
  }
}

TEST_CASE("byte classes: a range of blocks starts at its first block",
          "[unit]") {
  std::string text(300, 'x');
  text[130] = '7';
  auto classes = std::make_unique<ByteClasses>();
  ClassifyBlocks(text, 2, 2, 5, *classes);
  CHECK(classes->digit[5] == uint64_t{1} << 2);
  CHECK(classes->alpha[6] == ~uint64_t{0});  // bytes 192..255, all letters
}

TEST_CASE("byte classes: CountByte counts every occurrence, tails included",
          "[unit]") {
  CHECK(CountByte("", '\n') == 0);
  CHECK(CountByte("\n", '\n') == 1);
  // Sizes around whole vectors, with the byte at both ends and inside.
  for (size_t size : {2, 15, 16, 17, 63, 64, 65, 129, 1000}) {
    std::string text(size, 'a');
    text.front() = text.back() = text[size / 2] = '\n';
    INFO("size " << size);
    CHECK(CountByte(text, '\n') == (size == 2 ? 2 : 3));
    CHECK(CountByte(text, 'a') == size - (size == 2 ? 2 : 3));
    CHECK(CountByte(text, '\xff') == 0);
  }
  CHECK(CountByte(std::string(70, '\xff'), '\xff') == 70);
}

TEST_CASE("byte classes: FindLineStart finds lines by their first byte",
          "[unit]") {
  CHECK(FindLineStart("", 0, "{") == 0);
  CHECK(FindLineStart("{", 0, "{") == 0);
  CHECK(FindLineStart("{", 1, "{") == 1);
  CHECK(FindLineStart("a{\n{", 0, "{") == 3);
  CHECK(FindLineStart("a{\n{", 0, "[") == 4);
  CHECK(FindLineStart("{\n\n[x", 1, "[{") == 3);
  CHECK(FindLineStart("x\n\ty", 0, " \t") == 2);
  CHECK(FindLineStart("x\n\ty", 0, "") == 4);
  // Line starts before, across and after whole vectors.
  for (size_t size : {3, 63, 64, 65, 100, 200}) {
    for (size_t line : {1, 31, 62, 63, 64, 65, 99}) {
      if (line + 1 >= size) continue;
      std::string text(size, '{');
      text[line - 1] = '\n';
      text[line] = '[';
      INFO("size " << size << " line " << line);
      CHECK(FindLineStart(text, 0, "[") == line);
      CHECK(FindLineStart(text, line, "[") == line);
      CHECK(FindLineStart(text, line + 1, "[") == size);
      CHECK(FindLineStart(text, 1, "{") == size);
      CHECK(FindLineStart(text, 0, "{") == (line == 1 ? size : 0));
    }
  }
}

}  // namespace
}  // namespace logveil::confirm
