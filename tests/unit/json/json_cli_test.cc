// The real binary: --format, JSON counters in --stats, JSON lines across
// threads and batch boundaries.
#include <catch2/catch.hpp>

#include "support/process.h"

namespace logveil::json {
namespace {

using logveil::testing::RunLogveil;

const std::string kInput =
    "{\"user\":{\"email\":\"bob@example.com\",\"name\":\"Bob\"},\"n\":1}\n"
    "{\"broken\": 10.0.0.1\n"
    "plain 10.0.0.2\n";

TEST_CASE("stats count JSON records and fallbacks", "[unit][json][cli]") {
  auto text = RunLogveil({"--stats"}, kInput);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out ==
        "{\"user\":{\"email\":\"[EMAIL]\",\"name\":\"[NAME]\"},\"n\":1}\n"
        "{\"broken\": [IPV4]\n"
        "plain [IPV4]\n");
  CHECK(text.err.find("json: 1 records, 1 fallbacks to text (0 too deep)") !=
        std::string::npos);
  auto json = RunLogveil({"--stats=json"}, kInput);
  CHECK(json.err.find("\"json_records\":1,\"json_fallbacks\":1,"
                      "\"json_too_deep\":0") != std::string::npos);
  // A value a field rule redacts whole counts under the rule's label.
  CHECK(json.err.find("\"findings\":{\"EMAIL\":1,\"IPV4\":2,\"NAME\":1}}") !=
        std::string::npos);
  // No matched value ever reaches stderr.
  CHECK(json.err.find("example.com") == std::string::npos);
}

TEST_CASE("format text scrubs JSON lines as text", "[unit][json][cli]") {
  auto result = RunLogveil({"--format", "text"}, kInput);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "{\"user\":{\"email\":\"[EMAIL]\",\"name\":\"Bob\"},\"n\":1}\n"
        "{\"broken\": [IPV4]\n"
        "plain [IPV4]\n");
  CHECK(RunLogveil({"--format", "xml"}, kInput).exit_code == 2);
}

TEST_CASE("JSON output is the same for any thread count", "[unit][json][cli]") {
  std::string input;
  for (int i = 0; i < 20000; ++i) {
    input += "{\"i\":" + std::to_string(i) + ",\"m\":\"user" +
             std::to_string(i) +
             "@example.com\",\"geo\":{\"lat\":48.85,\"lon\":2.35}}\n";
    if (i % 7 == 0) input += "text line " + std::to_string(i) + "\n";
  }
  auto one = RunLogveil({"-j1"}, input);
  auto four = RunLogveil({"-j4"}, input);
  REQUIRE(one.exit_code == 0);
  REQUIRE(four.exit_code == 0);
  CHECK(one.out == four.out);
  CHECK(one.out.find("@example.com") == std::string::npos);
  CHECK(one.out.find("48.85") == std::string::npos);
}

}  // namespace
}  // namespace logveil::json
