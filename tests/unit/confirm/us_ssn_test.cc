#include "confirm/us_ssn.h"

#include <catch2/catch.hpp>
#include <string>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

testing::Values Found(std::string_view text) {
  return testing::FoundValues(&FindUsSsns, text);
}

TEST_CASE("us_ssn: dashed numbers standing alone", "[unit]") {
  CHECK(Found("ssn 123-45-6789 ok") == testing::Values{"123-45-6789"});
  CHECK(Found("123-45-6789") == testing::Values{"123-45-6789"});
  CHECK(Found("a,123-45-6789;234-56-7890.") ==
        testing::Values{"123-45-6789", "234-56-7890"});
  // A dash is no word byte: the regex \b...\b took these too.
  CHECK(Found("x-123-45-6789-y") == testing::Values{"123-45-6789"});
}

TEST_CASE("us_ssn: glued, longer or never issued numbers are not", "[unit]") {
  for (const char* text :
       {"A123-45-6789", "123-45-6789x", "1123-45-6789", "123-45-67890",
        "_123-45-6789", "2023-11-2345", "555-123-4567", "000-12-3456",
        "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000",
        "123-45-678", "12-345-6789"}) {
    INFO(text);
    CHECK(Found(text).empty());
  }
}

TEST_CASE("us_ssn: across 64-byte blocks", "[unit]") {
  for (size_t pad = 50; pad < 70; ++pad) {
    std::string text(pad, 'x');
    text += " 123-45-6789 ";
    INFO(pad);
    CHECK(testing::FoundSpans(&FindUsSsns, text) ==
          testing::Spans{{pad + 1, pad + 12}});
  }
}

}  // namespace
}  // namespace logveil::confirm
