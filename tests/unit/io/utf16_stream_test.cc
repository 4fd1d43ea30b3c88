#include "io/utf16_stream.h"

#include <catch2/catch.hpp>
#include <string>

#include "support/memory_streams.h"

namespace logveil::io {
namespace {

using testing::StringSink;
using testing::StringSource;

std::string Utf16(std::u16string_view text, bool little, bool mark) {
  std::string out;
  auto put = [&](char16_t unit) {
    char low = static_cast<char>(unit & 0xFF),
         high = static_cast<char>(unit >> 8);
    out += little ? std::string{low, high} : std::string{high, low};
  };
  if (mark) put(0xFEFF);
  for (char16_t unit : text) put(unit);
  return out;
}

// Reads all of `raw` through OpenTextSource, `step` bytes per raw read.
std::string ReadAll(const std::string& raw, TextForm& form, size_t step = 3) {
  StringSource source(raw, step);
  auto text = OpenTextSource(source, form);
  REQUIRE(text.ok());
  std::string out(7, '\0'), all;
  while (true) {
    auto read = text.value()->Read(out.data(), out.size());
    REQUIRE(read.ok());
    if (read.value() == 0) return all;
    all.append(out, 0, read.value());
  }
}

TEST_CASE("utf16: byte order marks and BOM-less ASCII are read as UTF-8",
          "[unit]") {
  const std::u16string text = u"mail a@b.io \u00e9\u20ac \U0001F600\n";
  const std::string utf8 =
      "mail a@b.io \xC3\xA9\xE2\x82\xAC \xF0\x9F\x98\x80\n";
  for (bool little : {true, false}) {
    for (bool mark : {true, false}) {
      INFO(little << mark);
      TextForm form;
      CHECK(ReadAll(Utf16(text, little, mark), form) == utf8);
      CHECK(form.encoding ==
            (little ? TextEncoding::kUtf16Little : TextEncoding::kUtf16Big));
      CHECK(form.byte_order_mark == mark);
    }
  }
}

TEST_CASE("utf16: other input passes through unchanged", "[unit]") {
  for (std::string raw :
       {std::string("plain a@b.io\n"), std::string("ab"), std::string(),
        std::string("\x00\x00\x00", 3), std::string("a\0b\0\x01\0c\0", 8)}) {
    TextForm form;
    CHECK(ReadAll(raw, form) == raw);
    CHECK(form.encoding == TextEncoding::kBytes);
  }
}

TEST_CASE("utf16: a short first line of text is not held for more input",
          "[unit]") {
  // `tail -F`: a read that has "a\n" must not wait for an eighth byte.
  for (std::string first : {"a\n", "ab\n", "\n"}) {
    StringSource source(first + "more\n", first.size());
    TextForm form;
    auto text = OpenTextSource(source, form);
    REQUIRE(text.ok());
    std::string buffer(16, '\0');
    auto read = text.value()->Read(buffer.data(), buffer.size());
    REQUIRE(read.ok());
    CHECK(buffer.substr(0, read.value()) == first);
  }
}

TEST_CASE("utf16: every code unit sequence comes back as it was", "[unit]") {
  // A lone high surrogate, a lone low one, a pair, and a lone one last.
  const std::u16string text = {u'x',   0xD83D, u'y',  0xDE00,
                               0xD83D, 0xDE00, u'\n', 0xDBFF};
  for (bool little : {true, false}) {
    std::string raw = Utf16(text, little, true);
    TextForm form;
    std::string utf8 = ReadAll(raw, form);
    StringSink out;
    auto sink = OpenUtf16Sink(out, form);
    // Written in pieces that split sequences.
    for (size_t i = 0; i < utf8.size(); i += 2) {
      REQUIRE(sink->Write(std::string_view(utf8).substr(i, 2)).ok());
    }
    REQUIRE(sink->Finish().ok());
    CHECK(out.bytes() == raw);
  }
}

TEST_CASE("utf16: half a code unit at the end is an error with its offset",
          "[unit]") {
  std::string raw = Utf16(u"ab", true, true) + "c";
  StringSource source(raw, 64);
  TextForm form;
  auto text = OpenTextSource(source, form);
  REQUIRE(text.ok());
  std::string buffer(64, '\0');
  auto read = text.value()->Read(buffer.data(), buffer.size());
  while (read.ok() && read.value() > 0) {
    read = text.value()->Read(buffer.data(), buffer.size());
  }
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().message ==
        "memory: UTF-16 input ends in half a code unit at byte 6");
}

TEST_CASE("utf16: an empty input keeps its mark and bad UTF-8 becomes U+FFFD",
          "[unit]") {
  StringSink out;
  auto sink = OpenUtf16Sink(out, {TextEncoding::kUtf16Little, true});
  REQUIRE(sink->Finish().ok());
  CHECK(out.bytes() == "\xFF\xFE");
  StringSink bad;
  auto big = OpenUtf16Sink(bad, {TextEncoding::kUtf16Big, false});
  REQUIRE(big->Write("a\xFF"
                     "b\xC3")
              .ok());
  REQUIRE(big->Finish().ok());
  CHECK(bad.bytes() == Utf16(u"a\uFFFDb\uFFFD", false, false));
}

}  // namespace
}  // namespace logveil::io
