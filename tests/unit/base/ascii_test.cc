#include "base/ascii.h"

#include <catch2/catch.hpp>

namespace logveil::ascii {
namespace {

TEST_CASE("ByteSet holds exactly its bytes", "[unit]") {
  constexpr ByteSet kSet("a:\"\t\xff");
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    const bool listed =
        c == 'a' || c == ':' || c == '"' || c == '\t' || byte == 0xff;
    INFO("byte " << byte);
    CHECK(kSet.Has(c) == listed);
  }
}

TEST_CASE("an empty ByteSet holds no byte", "[unit]") {
  constexpr ByteSet kEmpty("");
  static_assert(!kEmpty.Has('\0') && !kEmpty.Has('a'));
  CHECK_FALSE(kEmpty.Has('\x80'));
}

}  // namespace
}  // namespace logveil::ascii
