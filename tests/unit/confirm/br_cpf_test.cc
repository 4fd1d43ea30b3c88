#include "confirm/br_cpf.h"

#include <catch2/catch.hpp>
#include <string>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

testing::Values Found(std::string_view text) {
  return testing::FoundValues(&FindBrCpfs, text);
}

TEST_CASE("br_cpf: dotted numbers with right check digits", "[unit]") {
  CHECK(Found("cpf 526.018.159-06 ok") == testing::Values{"526.018.159-06"});
  CHECK(Found("083.016.613-05") == testing::Values{"083.016.613-05"});
  CHECK(Found("a,526.018.159-06;186.091.390-34.") ==
        testing::Values{"526.018.159-06", "186.091.390-34"});
  CHECK(Found("x-526.018.159-06-y") == testing::Values{"526.018.159-06"});
}

TEST_CASE("br_cpf: glued, longer, repeated or wrong numbers are not",
          "[unit]") {
  for (const char* text :
       {"526.018.159-07", "526.018.159-16", "111.111.111-11", "A526.018.159-06",
        "526.018.159-06x", "1526.018.159-06", "9.526.018.159-06",
        "526.018.159-061", "526.018.15-906", "52601815906", "526.018.159.06",
        "526-018-159-06"}) {
    INFO(text);
    CHECK(Found(text).empty());
  }
}

TEST_CASE("br_cpf: across 64-byte blocks", "[unit]") {
  for (size_t pad = 45; pad < 70; ++pad) {
    std::string text(pad, 'x');
    text += " 526.018.159-06 ";
    INFO(pad);
    CHECK(testing::FoundSpans(&FindBrCpfs, text) ==
          testing::Spans{{pad + 1, pad + 15}});
  }
}

}  // namespace
}  // namespace logveil::confirm
