#include "detect/context_filter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "detect/scanner.h"

namespace logveil::detect {
namespace {

using Values = std::vector<std::string>;

// What `spec` alone finds in `text`, context filter included.
Values FoundBySpec(const catalog::PatternSpec& spec, std::string_view text) {
  const catalog::PatternSpec* specs[] = {&spec};
  auto detectors = DetectorSet::Compile(specs, {});
  REQUIRE(detectors.ok());
  Scanner scanner(detectors.value());
  std::vector<Finding> findings;
  scanner.Scan(text, findings);
  Values values;
  for (const Finding& finding : findings) {
    values.emplace_back(finding.range.In(text));
  }
  return values;
}

// What the built-in entry `id` finds in `text`.
Values FoundBy(const char* id, std::string_view text) {
  static const catalog::Catalog catalog = catalog::Catalog::Load({}).value();
  const catalog::PatternSpec* spec = catalog.Find(id);
  REQUIRE(spec != nullptr);
  return FoundBySpec(*spec, text);
}

// A regex detector for ten-digit runs with the given context.
Values FoundByDigits(std::string_view text, catalog::ContextSpec context) {
  catalog::PatternSpec spec;
  spec.id = "test.digits";
  spec.label = "DIGITS";
  spec.category = "test";
  spec.regex = "\\b([0-9]{10})\\b";
  spec.context = std::move(context);
  return FoundBySpec(spec, text);
}

TEST_CASE("context filter: suppress words drop findings of any detector",
          "[unit]") {
  catalog::ContextSpec context;
  context.suppress = {"txn", "build"};
  CHECK(FoundByDigits("txn 4155550132", context).empty());
  CHECK(FoundByDigits("build=4155550132", context).empty());
  CHECK(FoundByDigits("user 4155550132", context) == Values{"4155550132"});
  CHECK(FoundByDigits("txn 4155550132", {}) == Values{"4155550132"});
}

TEST_CASE("context filter: look-alikes claim their spans first", "[unit]") {
  catalog::ContextSpec context;
  context.look_alikes = {"epoch", "semver"};
  CHECK(FoundByDigits("at 1696900036 done", context).empty());
  CHECK(FoundByDigits("v 1.2.3-4155550132", context).empty());
  CHECK(FoundByDigits("id 4155550132", context) == Values{"4155550132"});
  CHECK(FoundByDigits("at 1696900036 done", {}) == Values{"1696900036"});
  // A boost word keeps a value that only looks like an epoch value...
  context.boost = {"phone"};
  CHECK(FoundByDigits("phone=2025550132", context) == Values{"2025550132"});
  // ...but not one inside a structured shape.
  CHECK(FoundByDigits("phone=1.2.3-4155550132", context).empty());
}

TEST_CASE("context filter: unknown look-alikes fail to compile", "[unit]") {
  catalog::PatternSpec spec;
  spec.id = "test.x";
  spec.label = "X";
  spec.category = "test";
  spec.regex = "x";
  spec.origin = "mine.yaml:3";
  spec.context.look_alikes = {"uuids"};
  const catalog::PatternSpec* specs[] = {&spec};
  auto detectors = DetectorSet::Compile(specs, {});
  REQUIRE_FALSE(detectors.ok());
  CHECK(detectors.error().message ==
        "mine.yaml:3: test.x: unknown look-alike 'uuids'");
}

TEST_CASE("context filter: IPv4 quads after a version word", "[unit]") {
  const char* ipv4 = "network.ipv4";
  CHECK(
      FoundBy(ipv4, "WcpInitialize (wcp.dll version 0.0.0.6) called").empty());
  CHECK(FoundBy(ipv4, "Version: 10.0.0.1").empty());
  CHECK(FoundBy(ipv4, "ver=1.2.3.4").empty());
  CHECK(FoundBy(ipv4, "VERSION = 1.2.3.4").empty());
  CHECK(FoundBy(ipv4, "\"version\": \"1.2.3.4\"").empty());
  CHECK(FoundBy(ipv4, "build 10.0.0.1").empty());
  CHECK(FoundBy(ipv4, "release:2.0.0.1").empty());
  CHECK(FoundBy(ipv4, "fw_version=1.2.3.4").empty());
  CHECK(FoundBy(ipv4, "appVersion 1.2.3.4").empty());
  CHECK(FoundBy(ipv4, "productID=com.google.Keystone version=1.2.8.57 xc=")
            .empty());
  // Words that merely end like a version word do not count.
  CHECK(FoundBy(ipv4, "server 10.0.0.1") == Values{"10.0.0.1"});
  CHECK(FoundBy(ipv4, "rebuild: 10.0.0.1") == Values{"10.0.0.1"});
  CHECK(FoundBy(ipv4, "DHCPRELEASE of 10.100.4.251") == Values{"10.100.4.251"});
  CHECK(FoundBy(ipv4, "version     10.0.0.1") == Values{"10.0.0.1"});
  CHECK(FoundBy(ipv4, "host 10.0.0.1 version 2") == Values{"10.0.0.1"});
}

TEST_CASE("context filter: coordinate pairs are judged as one", "[unit]") {
  const char* geo = "location.coordinates";
  CHECK(FoundBy(geo, "Latency p50,p99=0.1727,0.1427 s window=60s").empty());
  CHECK(FoundBy(geo, "took 25.2048, 55.2708 ms").empty());
  CHECK(FoundBy(geo, "score=25.2048, 55.2708").empty());
  CHECK(FoundBy(geo, "pair 25.2048, 55.2708 s").empty());
  CHECK(FoundBy(geo, "pair -41.5 S;81.0 E") == Values{"-41.5", "81.0"});
  // A lower-case hemisphere is no unit when a longitude follows it.
  CHECK(FoundBy(geo, "at 33.8688 s, 151.2093 e") ==
        Values{"33.8688", "151.2093"});
  CHECK(FoundBy(geo, "at 33.8688 s 151.2093 e now") ==
        Values{"33.8688", "151.2093"});
  CHECK(FoundBy(geo, "at 33.8688s / 151.2093e") ==
        Values{"33.8688", "151.2093"});
  CHECK(FoundBy(geo, "took 33.8688 s, 151.2093 e").empty());
  CHECK(FoundBy(geo, "Geo fix -40.7296154,67.401387 accuracy=43m") ==
        Values{"-40.7296154", "67.401387"});
  CHECK(FoundBy(geo, "location: 25.2048, 55.2708 ms") ==
        Values{"25.2048", "55.2708"});
}

TEST_CASE("context filter: phones and cards in the real entries", "[unit]") {
  CHECK(FoundBy("contact.phone", "txn_id=+1 415 555 0132").empty());
  CHECK(FoundBy("contact.phone", "\"phone\": \"2025550132\"") ==
        Values{"2025550132"});
  CHECK(FoundBy("contact.phone", "tel: 415 555 0132") ==
        Values{"415 555 0132"});
  CHECK(FoundBy("contact.phone", "txn 4155550132").empty());
  // Dotted phone numbers are shaped like versions; phones do not yield to
  // semver.
  CHECK(FoundBy("contact.phone", "call 612.557.9040 now") ==
        Values{"612.557.9040"});
  CHECK(FoundBy("payment.card_number", "ts=4111111111111111").empty());
  CHECK(FoundBy("payment.card_number", "order_id=4111111111111111") ==
        Values{"4111111111111111"});
  CHECK(FoundBy("payment.card_number",
                "dd.trace_id=4111111111111111 dd.span_id=7")
            .empty());
}

TEST_CASE("context filter: never looks past the line of a finding", "[unit]") {
  catalog::ContextSpec context;
  context.suppress = {"txn"};
  context.look_alikes = {"timestamp"};
  CHECK(FoundByDigits("txn\n4155550132", context) == Values{"4155550132"});
  CHECK(FoundByDigits("Oct 10 01:07:16\n4155550132 x", context) ==
        Values{"4155550132"});
}

}  // namespace
}  // namespace logveil::detect
