#include "detect/hyperscan_prefilter.h"

#include <catch2/catch.hpp>
#include <string>

#include "app/engine.h"
#include "catalog/catalog.h"

namespace logveil::detect {
namespace {

TEST_CASE("prefilter key lists each pattern's id and regex",
          "[unit][prefilter]") {
  auto prefilter = HyperscanPrefilter::Compile({{"@", 7}, {"[0-9]{3}", 2}});
  REQUIRE(prefilter.ok());
  CHECK(prefilter.value().key() == std::string("7\0@\0"
                                               "2\0[0-9]{3}\0",
                                               15));
  auto none = HyperscanPrefilter::Compile({});
  REQUIRE(none.ok());
  CHECK(none.value().key().empty());
  CHECK(none.value().Serialize().empty());
}

TEST_CASE("a compiled prefilter scans and serializes", "[unit][prefilter]") {
  auto prefilter = HyperscanPrefilter::Compile({{"@", 7}});
  REQUIRE(prefilter.ok());
  auto scratch = prefilter.value().MakeScratch();
  std::vector<PrefilterMatch> matches;
  prefilter.value().Scan("a@b @", scratch, matches);
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].id == 7);
  CHECK(matches[0].end == 2);
  CHECK(matches[1].end == 5);
  CHECK_FALSE(prefilter.value().Serialize().empty());
}

// The generated database must be the default patterns': a stale one would
// only cost start-up time, but this test says so instead of hiding it.
TEST_CASE("the built-in database holds the default patterns",
          "[unit][prefilter]") {
  auto catalog = catalog::Catalog::Load({});
  REQUIRE(catalog.ok());
  auto engine = app::BuildEngine(catalog.value(), app::EngineOptions{});
  REQUIRE(engine.ok());
  const HyperscanPrefilter& prefilter = engine.value().detectors.prefilter();
  CHECK(BuiltinPrefilter().key == prefilter.key());
  CHECK(BuiltinPrefilter().database == prefilter.Serialize());
}

}  // namespace
}  // namespace logveil::detect
