#include "framing/line_framer.h"

#include <catch2/catch.hpp>

namespace logveil::framing {
namespace {

std::vector<std::string> Describe(const std::vector<Record>& records) {
  std::vector<std::string> out;
  for (const auto& r : records) {
    out.push_back(std::to_string(r.index) + ":" + std::string(r.text) + "|" +
                  (r.ending == "\r\n" ? "CRLF"
                   : r.ending == "\n" ? "LF"
                                      : ""));
  }
  return out;
}

TEST_CASE("FrameLines keeps endings and carries the partial tail", "[unit]") {
  std::vector<Record> records;
  size_t consumed = FrameLines("a\r\nb\n\ntail", false, 5, records);
  CHECK(consumed == 6);
  CHECK(Describe(records) ==
        std::vector<std::string>{"5:a|CRLF", "6:b|LF", "7:|LF"});
}

TEST_CASE("FrameLines completes the last line at end of input", "[unit]") {
  std::vector<Record> records;
  CHECK(FrameLines("x\nlast", true, 0, records) == 6);
  CHECK(Describe(records) == std::vector<std::string>{"0:x|LF", "1:last|"});
}

TEST_CASE("FrameLines treats a lone CR as content", "[unit]") {
  std::vector<Record> records;
  CHECK(FrameLines("a\rb\n\r", true, 0, records) == 5);
  CHECK(Describe(records) == std::vector<std::string>{"0:a\rb|LF", "1:\r|"});
}

TEST_CASE("FrameLines with no newline consumes nothing", "[unit]") {
  std::vector<Record> records;
  CHECK(FrameLines("partial", false, 0, records) == 0);
  CHECK(records.empty());
  CHECK(FrameLines("", true, 0, records) == 0);
  CHECK(records.empty());
}

}  // namespace
}  // namespace logveil::framing
