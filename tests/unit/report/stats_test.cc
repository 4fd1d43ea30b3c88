#include "report/stats.h"

#include <catch2/catch.hpp>

namespace logveil::report {
namespace {

TEST_CASE("stats merge and format per label", "[unit]") {
  std::vector<detect::Detector> detectors(3);
  detectors[0].label = "IPV4";
  detectors[1].label = "EMAIL";
  detectors[2].label = "IPV4";  // a user detector sharing a label
  Stats a, b;
  a.records = 2;
  a.bytes_in = 100;
  a.CountFinding(0);
  b.records = 1;
  b.records_rewritten = 1;
  b.CountFinding(2);
  b.CountFinding(1);
  a.Merge(b);
  a.bytes_out = 90;
  CHECK(FormatJson(a, detectors) ==
        "{\"records\":3,\"records_rewritten\":1,\"bytes_in\":100,"
        "\"bytes_out\":90,\"seconds\":0.000000,\"mb_per_s\":0.000,"
        "\"json_records\":0,\"json_fallbacks\":0,\"json_too_deep\":0,"
        "\"findings\":{\"EMAIL\":1,\"IPV4\":2}}\n");
  CHECK(FormatText(a, detectors) ==
        "logveil: 3 records (1 rewritten), 100 bytes in, 90 bytes out, "
        "0.000 s, 0.0 MB/s\n"
        "logveil:   EMAIL        1\n"
        "logveil:   IPV4         2\n");
}

}  // namespace
}  // namespace logveil::report
