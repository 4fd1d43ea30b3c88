// JSON string values that hold percent-encoded, HTML-encoded or JSON-escaped
// text get the decoded view of the text path: the Scanner reads the string
// decoded from JSON, then decodes what is escaped inside it.
#include <catch2/catch.hpp>

#include "json_test_engine.h"

namespace logveil::json {
namespace {

using testing::Scrub;

TEST_CASE("encoded text inside JSON strings is found", "[unit][json]") {
  CHECK(Scrub(R"({"url":"/u?email=john%40example.com&x=1"})") ==
        R"({"url":"/u?email=[EMAIL]&x=1"})");
  CHECK(Scrub(R"({"html":"<a>john&#64;example.com</a>"})") ==
        R"({"html":"<a>[EMAIL]</a>"})");
  // The value holds the six characters \u0040 (escaped again in JSON).
  CHECK(Scrub(R"({"m":"john\\u0040example.com"})") == R"({"m":"[EMAIL]"})");
}

TEST_CASE("replacements in JSON strings keep the inner encoding",
          "[unit][json]") {
  std::string mask = "actions:\n  default: mask\n";
  CHECK(Scrub(R"({"url":"/u?e=john%40example.com"})", mask) ==
        R"({"url":"/u?e=****%40******e.com"})");
  CHECK(Scrub(R"({"m":"john\\u0040example.com"})", mask) ==
        R"({"m":"****\\u0040******e.com"})");
  std::string hash = "actions:\n  default: hash\n";
  std::string plain = Scrub(R"({"u":"john@example.com"})", hash);
  CHECK(plain.starts_with(R"({"u":"[EMAIL:k1:)"));
  CHECK(Scrub(R"({"u":"john%40example.com"})", hash) == plain);
  CHECK(Scrub(R"({"u":"john&#x40;example.com"})", hash) == plain);
}

}  // namespace
}  // namespace logveil::json
