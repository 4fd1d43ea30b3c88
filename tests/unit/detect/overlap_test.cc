#include "detect/overlap.h"

#include <catch2/catch.hpp>

namespace logveil::detect {
namespace {

std::vector<Detector> MakeDetectors() {
  std::vector<Detector> detectors(3);
  detectors[0].priority = 60;  // e.g. IPV4
  detectors[1].priority = 65;  // e.g. IPV6
  detectors[2].priority = 60;
  return detectors;
}

TEST_CASE("higher priority wins an overlap", "[unit]") {
  std::vector<Finding> findings{{0, {10, 17}}, {1, {3, 17}}};
  ResolveOverlaps(MakeDetectors(), findings);
  CHECK(findings == std::vector<Finding>{{1, {3, 17}}});
}

TEST_CASE("equal priority: longer wins, then earlier", "[unit]") {
  std::vector<Finding> findings{
      {0, {5, 8}}, {2, {4, 9}}, {0, {20, 23}}, {2, {21, 24}}};
  ResolveOverlaps(MakeDetectors(), findings);
  // The loser's bytes outside the winner join it (next test).
  CHECK(findings == std::vector<Finding>{{2, {4, 9}}, {0, {20, 24}}});
}

TEST_CASE("a dropped finding's bytes outside the kept one join it", "[unit]") {
  // "sip:+14155550132@host": an address from '1', a number from '+'.
  std::vector<Finding> sip{{1, {5, 26}}, {0, {4, 16}}};
  ResolveOverlaps(MakeDetectors(), sip);
  CHECK(sip == std::vector<Finding>{{1, {4, 26}}});
  // Both ends.
  std::vector<Finding> around{{1, {5, 10}}, {0, {2, 12}}};
  ResolveOverlaps(MakeDetectors(), around);
  CHECK(around == std::vector<Finding>{{1, {2, 12}}});
  // Between two kept findings it widens neither: they would overlap.
  std::vector<Finding> between{{1, {0, 5}}, {1, {8, 12}}, {0, {3, 10}}};
  ResolveOverlaps(MakeDetectors(), between);
  CHECK(between == std::vector<Finding>{{1, {0, 5}}, {1, {8, 12}}});
}

TEST_CASE("disjoint findings all stay, sorted by position", "[unit]") {
  std::vector<Finding> findings{{0, {9, 12}}, {1, {0, 3}}, {2, {3, 5}}};
  ResolveOverlaps(MakeDetectors(), findings);
  CHECK(findings ==
        std::vector<Finding>{{1, {0, 3}}, {2, {3, 5}}, {0, {9, 12}}});
}

TEST_CASE("findings in sorted runs as finders append them come out sorted",
          "[unit]") {
  // Three runs (an odd count, so one run waits a pass), one finding that
  // overlaps across runs.
  std::vector<Finding> runs{{0, {30, 33}}, {0, {50, 53}}, {0, {70, 73}},
                            {2, {10, 13}}, {2, {60, 63}}, {1, {0, 3}},
                            {1, {31, 40}}, {1, {80, 83}}};
  ResolveOverlaps(MakeDetectors(), runs);
  CHECK(runs == std::vector<Finding>{{1, {0, 3}},
                                     {2, {10, 13}},
                                     {1, {30, 40}},
                                     {0, {50, 53}},
                                     {2, {60, 63}},
                                     {0, {70, 73}},
                                     {1, {80, 83}}});
  // More runs than merging pays for (descending positions): sorted all the
  // same.
  std::vector<Finding> reversed;
  for (uint32_t i = 100; i-- > 0;) reversed.push_back({0, {i * 4, i * 4 + 2}});
  ResolveOverlaps(MakeDetectors(), reversed);
  REQUIRE(reversed.size() == 100);
  for (uint32_t i = 0; i < 100; ++i) {
    CHECK(reversed[i] == Finding{0, {i * 4, i * 4 + 2}});
  }
}

TEST_CASE("equal bytes: the decoded finding wins, longer still first",
          "[unit]") {
  std::vector<Finding> same{{0, {0, 12}}, {2, {0, 12}, Encoding::kPercent}};
  ResolveOverlaps(MakeDetectors(), same);
  CHECK(same == std::vector<Finding>{{2, {0, 12}, Encoding::kPercent}});
  // A raw match that reads escapes as text ("\\n" in a PEM key) is longer.
  std::vector<Finding> longer{{0, {0, 20}}, {2, {0, 12}, Encoding::kJson}};
  ResolveOverlaps(MakeDetectors(), longer);
  CHECK(longer == std::vector<Finding>{{0, {0, 20}}});
}

TEST_CASE("a raw finding inside a decoded one loses, whatever its priority",
          "[unit]") {
  // "&#43;63180012345678": the raw scan sees 14 digits after ';'.
  std::vector<Finding> findings{{1, {5, 19}}, {0, {0, 19}, Encoding::kHtml}};
  ResolveOverlaps(MakeDetectors(), findings);
  CHECK(findings == std::vector<Finding>{{0, {0, 19}, Encoding::kHtml}});
}

}  // namespace
}  // namespace logveil::detect
