#include "json/json_scrubber.h"

#include <catch2/catch.hpp>

#include "json_test_engine.h"

namespace logveil::json {
namespace {

using testing::Scrub;

TEST_CASE("unchanged documents are copied byte for byte", "[unit][json]") {
  std::string line =
      "{ \"a\" : 1.50e+3 , \"b\":[ true,null ] ,\"c\":\"ok\\u00e9\" }\n"
      "[1, 2, {\"x\": -0.0}]\r\n";
  CHECK(Scrub(line) == line);
}

TEST_CASE("only changed values are rewritten, layout stays", "[unit][json]") {
  CHECK(Scrub("{ \"user\" : { \"email\" : \"bob@example.com\" } , "
              "\"n\" : 1.0 }\n") ==
        "{ \"user\" : { \"email\" : \"[EMAIL]\" } , \"n\" : 1.0 }\n");
  CHECK(Scrub(R"({"msg":"from 10.0.0.1 to 10.0.0.2","id":7})") ==
        R"({"msg":"from [IPV4] to [IPV4]","id":7})");
}

TEST_CASE("strings are scanned decoded and spliced into the raw escapes",
          "[unit][json]") {
  // \u0040 is '@': the email is only there once decoded.
  CHECK(Scrub(R"({"m":"mail bob\u0040example.com now"})") ==
        R"({"m":"mail [EMAIL] now"})");
  // Escapes outside the finding stay exactly as they were.
  CHECK(Scrub(R"({"m":"\u00e9t\u00e9 bob@example.com \"q\"\/"})") ==
        R"({"m":"\u00e9t\u00e9 [EMAIL] \"q\"\/"})");
  CHECK(Scrub(R"({"m":"\ud83d\ude00 10.0.0.1 \ud83d\ude00"})") ==
        R"({"m":"\ud83d\ude00 [IPV4] \ud83d\ude00"})");
  CHECK(Scrub(R"({"u":"http:\/\/10.0.0.1\/x"})") ==
        R"({"u":"http:\/\/[IPV4]\/x"})");
  // Raw UTF-8 around a finding.
  CHECK(Scrub("{\"m\":\"Zo\xC3\xAB bob@example.com\"}") ==
        "{\"m\":\"Zo\xC3\xAB [EMAIL]\"}");
}

TEST_CASE("replacements are escaped so the document stays valid",
          "[unit][json]") {
  std::string policy = "actions:\n  default: {redact: '\"<{label}>\\'}\n";
  CHECK(Scrub(R"({"m":"bob@example.com"})", policy) ==
        R"({"m":"\"<EMAIL>\\"})");
}

TEST_CASE("stringified JSON is scrubbed as JSON and written back as a string",
          "[unit][json]") {
  CHECK(Scrub(R"({"message":"{\"user\":\"a@b.com\",\"n\":1}"})") ==
        R"({"message":"{\"user\":\"[EMAIL]\",\"n\":1}"})");
  // Field rules apply inside too.
  CHECK(Scrub(R"({"payload":"{\"password\":\"x\", \"ok\":true}"})") ==
        R"({"payload":"{\"password\":\"[SECRET]\", \"ok\":true}"})");
  // Twice nested.
  CHECK(Scrub(R"({"a":"{\"b\":\"{\\\"c\\\":\\\"bob@example.com\\\"}\"}"})") ==
        R"({"a":"{\"b\":\"{\\\"c\\\":\\\"[EMAIL]\\\"}\"}"})");
  // Nothing found inside: the string is copied, escapes and all.
  CHECK(Scrub(R"({"s":"{\u0022a\u0022:1}"})") ==
        R"({"s":"{\u0022a\u0022:1}"})");
  // Something found: the inner document is re-escaped minimally.
  CHECK(Scrub(R"({"s":"{\u0022a\u0022:\"bob@example.com\"}"})") ==
        R"({"s":"{\"a\":\"[EMAIL]\"}"})");
  // Looks like JSON but is not: scanned as the string it is.
  CHECK(Scrub(R"({"m":"{not json} bob\u0040example.com"})") ==
        R"({"m":"{not json} [EMAIL]"})");
  CHECK(Scrub(R"({"m":["[1, 10.0.0.1]"]})") == R"({"m":["[1, [IPV4]]"]})");
}

TEST_CASE("findings go to the values holding them and are counted once",
          "[unit][json]") {
  report::Stats stats;
  // A finding in a key is dropped, two in one value both go to it, a line
  // with nothing found is copied, and one inside stringified JSON changes
  // the string holding it.
  CHECK(Scrub("{\"a@b.com\":\"x\",\"m\":\"10.0.0.1 and 10.0.0.2\"}\n"
              "{\"n\":1}\n"
              R"({"s":"{\"e\":\"bob@example.com\"}","k":"x"})",
              "", Format::kAuto, &stats) ==
        "{\"a@b.com\":\"x\",\"m\":\"[IPV4] and [IPV4]\"}\n"
        "{\"n\":1}\n"
        R"({"s":"{\"e\":\"[EMAIL]\"}","k":"x"})");
  const auto& detectors = testing::EngineFor("").detectors;
  CHECK(stats.findings[detectors.IndexOf("network.ipv4")] == 2);
  CHECK(stats.findings[detectors.IndexOf("contact.email")] == 1);
  // Kept findings are counted but change nothing.
  report::Stats kept;
  CHECK(Scrub(R"({"m":"10.0.0.1"})", "actions:\n  IPV4: keep\n", Format::kAuto,
              &kept) == R"({"m":"10.0.0.1"})");
  CHECK(kept.findings[detectors.IndexOf("network.ipv4")] == 1);
}

TEST_CASE("card and phone numbers stored as JSON numbers become strings",
          "[unit][json]") {
  CHECK(Scrub(R"({"card":4111111111111111,"n":12345,"amount":12.5})") ==
        R"({"card":"[CARD]","n":12345,"amount":12.5})");
  // The key is context for the finders, as it would be in a text log.
  CHECK(Scrub(R"({"mobile":4155552671,"order_id":4155552671})") ==
        R"({"mobile":"[PHONE]","order_id":4155552671})");
  CHECK(Scrub(R"({"card":4111111111111111})", "actions:\n  payment: mask\n") ==
        R"({"card":"************1111"})");
  CHECK(
      Scrub(R"({"card":4111111111111111})", "json:\n  scan_numbers: false\n") ==
      R"({"card":4111111111111111})");
  // Keys are context only: never rewritten, findings in them dropped.
  CHECK(Scrub(R"({"bob@example.com":"x"})") == R"({"bob@example.com":"x"})");
}

TEST_CASE("lat/lon siblings are GEO, each number its own finding",
          "[unit][json]") {
  report::Stats stats;
  CHECK(Scrub(R"({"geo":{"lat":48.8566,"lon":2.3522,"accuracy_m":5}})", "",
              Format::kAuto, &stats) ==
        R"({"geo":{"lat":"[GEO]","lon":"[GEO]","accuracy_m":5}})");
  int geo = testing::EngineFor("").detectors.IndexOf("location.coordinates");
  REQUIRE(geo >= 0);
  CHECK(stats.findings[geo] == 2);
  CHECK(Scrub(R"({"Latitude":-33.86,"Longitude":151.2,"x":1})") ==
        R"({"Latitude":"[GEO]","Longitude":"[GEO]","x":1})");
  CHECK(Scrub(R"({"lng":2.35,"name2":"x","lat":"48.85"})") ==
        R"({"lng":"[GEO]","name2":"x","lat":"[GEO]"})");
  // Alone, out of range, or not numbers: not coordinates.
  CHECK(Scrub(R"({"lat":48.8566,"x":1})") == R"({"lat":48.8566,"x":1})");
  CHECK(Scrub(R"({"lat":95.5,"lon":2.35})") == R"({"lat":95.5,"lon":2.35})");
  CHECK(Scrub(R"({"lat":"north","lon":2.35})") ==
        R"({"lat":"north","lon":2.35})");
  CHECK(Scrub(R"({"lat":48.85,"lon":2.35})", "json:\n  geo_fields: false\n") ==
        R"({"lat":48.85,"lon":2.35})");
  report::Stats kept;
  CHECK(Scrub(R"({"lat":48.85,"lon":2.35})", "actions:\n  GEO: keep\n",
              Format::kAuto, &kept) == R"({"lat":48.85,"lon":2.35})");
  CHECK(kept.findings[geo] == 2);
}

TEST_CASE("lat/lon siblings after a dotted prefix are GEO", "[unit][json]") {
  // Flattened tracker telemetry (flespi) and Elastic documents.
  CHECK(Scrub(R"({"position.latitude":52.520008,"position.longitude":13.4049,)"
              R"("position.speed":54})") ==
        R"({"position.latitude":"[GEO]","position.longitude":"[GEO]",)"
        R"("position.speed":54})");
  CHECK(Scrub(R"({"ts":1,"location.lat":"52.5200","location.lon":13.405})") ==
        R"({"ts":1,"location.lat":"[GEO]","location.lon":"[GEO]"})");
  // A dotted name alone, or a dot that names nothing: not coordinates.
  CHECK(Scrub(R"({"position.latitude":52.520008,"speed":54})") ==
        R"({"position.latitude":52.520008,"speed":54})");
  CHECK(Scrub(R"({".lat":52.520008,"translation":13.4049})") ==
        R"({".lat":52.520008,"translation":13.4049})");
}

TEST_CASE("GeoJSON coordinates are GEO: lon then lat, altitude kept",
          "[unit][json]") {
  CHECK(Scrub(R"({"type":"Point","coordinates":[2.3522,48.8566]})") ==
        R"({"type":"Point","coordinates":["[GEO]","[GEO]"]})");
  CHECK(Scrub(R"({"geometry":{"type":"LineString","coordinates":)"
              R"([[1.5,2.5,100],[3,4]]}})") ==
        R"({"geometry":{"type":"LineString","coordinates":)"
        R"([["[GEO]","[GEO]",100],["[GEO]","[GEO]"]]}})");
  // Not a position: out of range, or not all numbers.
  CHECK(Scrub(R"({"coordinates":[200,1]})") == R"({"coordinates":[200,1]})");
  CHECK(Scrub(R"({"coordinates":["a",1]})") == R"({"coordinates":["a",1]})");
  // Only under a key that names a position.
  CHECK(Scrub(R"({"size":[2.35,48.85]})") == R"({"size":[2.35,48.85]})");
}

TEST_CASE("position pairs under position keys are GEO in either order",
          "[unit][json]") {
  // Elasticsearch geo_point and app keys: [lon, lat] or [lat, lon].
  CHECK(Scrub(R"({"position":[151.209290,-33.868820]})") ==
        R"({"position":["[GEO]","[GEO]"]})");
  CHECK(Scrub(R"({"latLng":[37.774929,-122.419416,12.5]})") ==
        R"({"latLng":["[GEO]","[GEO]",12.5]})");
  CHECK(Scrub(R"({"geo_point":[[4.8951,52.3702],[4.8952,52.3703]]})") ==
        R"({"geo_point":[["[GEO]","[GEO]"],["[GEO]","[GEO]"]]})");
  // Screen positions, list indexes, coarse numbers and other keys are not.
  CHECK(Scrub(R"({"pos":[3,4],"location":[1.5,2.5]})") ==
        R"({"pos":[3,4],"location":[1.5,2.5]})");
  CHECK(Scrub(R"({"point":[91.123456,91.123456]})") ==
        R"({"point":[91.123456,91.123456]})");
  CHECK(Scrub(R"({"point":[4.8951,52.3702,1,2]})") ==
        R"({"point":[4.8951,52.3702,1,2]})");
  CHECK(Scrub(R"({"bounds":[4.8951,52.3702]})") ==
        R"({"bounds":[4.8951,52.3702]})");
}

TEST_CASE("built-in field rules redact secrets and names", "[unit][json]") {
  CHECK(Scrub(R"({"user":{"name":"Bob","Password":"x","id":1,"n":null},)"
              R"("token":{"a":[1,2]},"android_id":42})") ==
        R"({"user":{"name":"[NAME]","Password":"[SECRET]","id":1,)"
        R"("n":null},"token":"[SECRET]","android_id":"[DEVICE_ID]"})");
  // Payment and push keys name what they hold too.
  CHECK(Scrub(R"({"account_holder":"Jo Roe","cardHolder":"Jo Roe",)"
              R"("fcmToken":"cYw3Qk1b","apns_token":"f3a1"})") ==
        R"({"account_holder":"[NAME]","cardHolder":"[NAME]",)"
        R"("fcmToken":"[DEVICE_ID]","apns_token":"[DEVICE_ID]"})");
  // null holds nothing and stays.
  CHECK(Scrub(R"({"password":null})") == R"({"password":null})");
  CHECK(Scrub(R"({"name":"Bob"})", "json:\n  defaults: false\n") ==
        R"({"name":"Bob"})");
}

TEST_CASE("key/value pairs are matched by the name they carry",
          "[unit][json]") {
  // OpenTelemetry attributes: the wrapper object stays, its leaves go. A
  // dotted name counts by its last segment; a service's name is no person's.
  CHECK(Scrub(R"({"attributes":[{"key":"http.request.header.authorization",)"
              R"("value":{"stringValue":"Bearer abc"}},{"key":"ok",)"
              R"("value":{"stringValue":"fine"}}]})") ==
        R"({"attributes":[{"key":"http.request.header.authorization",)"
        R"("value":{"stringValue":"[SECRET]"}},{"key":"ok",)"
        R"("value":{"stringValue":"fine"}}]})");
  CHECK(Scrub(R"([{"key":"service.name","value":{"stringValue":"cart"}},)"
              R"({"key":"user.name","value":{"stringValue":"Ann Lee"}}])") ==
        R"([{"key":"service.name","value":{"stringValue":"cart"}},)"
        R"({"key":"user.name","value":{"stringValue":"[NAME]"}}])");
  CHECK(Scrub(R"([{"key":"password","value":{"stringValue":"x"}},)"
              R"({"Key":"Name","Value":"web-01"}])") ==
        R"([{"key":"password","value":{"stringValue":"[SECRET]"}},)"
        R"({"Key":"Name","Value":"[NAME]"}])");
  // The name is the context finders see: a phone number under "mobile".
  CHECK(Scrub(R"([{"key":"user.mobile","value":{"intValue":4155552671}}])") ==
        R"([{"key":"user.mobile","value":{"intValue":"[PHONE]"}}])");
}

TEST_CASE("a role key redacts a value written like a person's name",
          "[unit][json]") {
  CHECK(
      Scrub(R"({"driver":"Jane Roe","owner":"payments","author":"dependabot",)"
            R"("recipient":"+14155550123","rider":"Se\u00e1n Roe","n":1})") ==
      R"({"driver":"[NAME]","owner":"payments","author":"dependabot",)"
      R"("recipient":"[PHONE]","rider":"[NAME]","n":1})");
  // Under a role key an object is walked and a number scanned, as without
  // the rule; so is a named pair's value.
  CHECK(Scrub(R"({"driver":{"name":"Ann","id":7},"payer":4111111111111111,)"
              R"("attrs":[{"key":"assignee","value":"Ann Lee"},)"
              R"({"key":"assignee","value":"ops-team"}]})") ==
        R"({"driver":{"name":"[NAME]","id":7},"payer":"[CARD]",)"
        R"("attrs":[{"key":"assignee","value":"[NAME]"},)"
        R"({"key":"assignee","value":"ops-team"}]})");
}

TEST_CASE("a name names a person unless it names a span or a service",
          "[unit][json]") {
  // Elastic Common Schema's dotted keys, by their last segment and prefix.
  CHECK(
      Scrub(R"({"user.name":"ann","host.name":"web-1","url.password":"x"})") ==
      R"({"user.name":"[NAME]","host.name":"web-1","url.password":"[SECRET]"})");
  // A bare name, by the key of the object or array holding it; what is
  // kept from the rule is still scanned.
  CHECK(Scrub(R"({"scope":{"name":"io.otel.mongo"},"spans":[{"name":"GET /"}],)"
              R"("logger":{"name":"a@example.com"},"user":{"name":"Ann"}})") ==
        R"({"scope":{"name":"io.otel.mongo"},"spans":[{"name":"GET /"}],)"
        R"("logger":{"name":"[EMAIL]"},"user":{"name":"[NAME]"}})");
  // A name after a word for a person; a login is not a name.
  CHECK(Scrub(R"({"userDisplayName":"Ann Lee","appDisplayName":"Teams",)"
              R"("customer_first_name":"Ann","userName":"alee"})") ==
        R"({"userDisplayName":"[NAME]","appDisplayName":"Teams",)"
        R"("customer_first_name":"[NAME]","userName":"alee"})");
  // Sentry's request cookies and device context.
  CHECK(Scrub(R"({"cookies":"sid=abc123; theme=dark","udid":"A1B2-C3"})") ==
        R"({"cookies":"[SECRET]","udid":"[DEVICE_ID]"})");
  // Segment's and ECS's device.id, a card's holder.
  CHECK(Scrub(R"({"context":{"device":{"id":"B5372DB0","type":"ios"},)"
              R"("user":{"id":"u-123"}},"card":{"holder":"ANN LEE"}})") ==
        R"({"context":{"device":{"id":"[DEVICE_ID]","type":"ios"},)"
        R"("user":{"id":"u-123"}},"card":{"holder":"[NAME]"}})");
  CHECK(Scrub(R"({"name":"Ann","organization.name":"Acme"})") ==
        R"({"name":"[NAME]","organization.name":"[NAME]"})");
}

TEST_CASE("name and value pairs are matched by the name they carry",
          "[unit][json]") {
  // HAR headers and Kubernetes env vars: the name stays, the value goes.
  CHECK(Scrub(R"({"headers":[{"name":"Cookie","value":"sid=abc123"}]})") ==
        R"({"headers":[{"name":"Cookie","value":"[SECRET]"}]})");
  CHECK(Scrub(R"({"env":[{"name":"DB_PASSWORD","value":"hunter2"},)"
              R"({"name":"LOG_LEVEL","value":"info"}]})") ==
        R"({"env":[{"name":"DB_PASSWORD","value":"[SECRET]"},)"
        R"({"name":"LOG_LEVEL","value":"info"}]})");
  // A name with a blank is a person's: the built-in rule still applies.
  CHECK(Scrub(R"({"name":"Jane Doe","value":"vip"})") ==
        R"({"name":"[NAME]","value":"vip"})");
  // The policy's own rules still reach the name member.
  CHECK(Scrub(R"({"env":[{"name":"TOKEN","value":"x"}]})",
              "json:\n  fields:\n    - {path: '**.name', action: drop}\n") ==
        R"({"env":[{"value":"[SECRET]"}]})");
  // Sentry's header pairs: ["<name>", "<value>"].
  CHECK(
      Scrub(R"({"headers":[["Authorization","Bearer abc"],["Accept","*"]]})") ==
      R"({"headers":[["Authorization","[SECRET]"],["Accept","*"]]})");
  CHECK(Scrub(R"({"pairs":[["phone","4155550132"]]})") ==
        R"({"pairs":[["phone","[PHONE]"]]})");
  // Two strings alone are a list, not a pair.
  CHECK(Scrub(R"({"tags":["token","expired"]})") ==
        R"({"tags":["token","expired"]})");
}

TEST_CASE("an argv element is scanned after the option before it",
          "[unit][json]") {
  // Kubernetes container args, ECS process.args.
  CHECK(Scrub(R"({"args":["--password","hunter2","--user","ann",)"
              R"("--token","abcdef123456","-v","ann"]})") ==
        R"({"args":["--password","[SECRET]","--user","ann",)"
        R"("--token","[SECRET]","-v","ann"]})");
  // Not after a value, an option with its value glued on, or a number.
  CHECK(Scrub(R"({"args":["hunter2","--password=x","abcdef123456",)"
              R"("--password",42]})") ==
        R"({"args":["hunter2","--password=x","abcdef123456",)"
        R"("--password",42]})");
}

TEST_CASE("special members are found wherever they sit in their object",
          "[unit][json]") {
  // The value before its name, after members that are not special, and
  // after a member ("level") that only looks like one.
  CHECK(Scrub(R"([{"level":1,"value":"web-01","key":"name"}])") ==
        R"([{"level":1,"value":"[NAME]","key":"name"}])");
  CHECK(Scrub(R"({"a":1,"b":{"c":2},"lon":2.35,"x":"y","lat":48.85})") ==
        R"({"a":1,"b":{"c":2},"lon":"[GEO]","x":"y","lat":"[GEO]"})");
  // Members of a nested object are not its parent's.
  CHECK(Scrub(R"({"lat":48.85,"o":{"lon":2.35}})") ==
        R"({"lat":48.85,"o":{"lon":2.35}})");
  // Escaped keys are not special.
  CHECK(Scrub(R"({"l\u0061t":48.85,"lon":2.35})") ==
        R"({"l\u0061t":48.85,"lon":2.35})");
}

TEST_CASE("drop removes members and elements with their commas",
          "[unit][json]") {
  std::string policy =
      "json:\n  defaults: false\n  fields:\n"
      "    - {path: x, action: drop}\n"
      "    - {path: 'items[*].phone', action: drop}\n";
  CHECK(Scrub(R"({"x":1,"a":2})", policy) == R"({"a":2})");
  CHECK(Scrub(R"({"a":1, "x":2, "b":3})", policy) == R"({"a":1, "b":3})");
  CHECK(Scrub(R"({"a":1, "x":2})", policy) == R"({"a":1})");
  CHECK(Scrub(R"({ "x":1 })", policy) == R"({  })");
  CHECK(Scrub(R"({"x":1,"x":{"y":2},"a":3})", policy) == R"({"a":3})");
  CHECK(Scrub(R"({"a":1,"x":2,"x":3})", policy) == R"({"a":1})");
  CHECK(Scrub(R"({"items":[{"phone":"1","q":2},{"phone":"3"}]})", policy) ==
        R"({"items":[{"q":2},{}]})");
  std::string elements =
      "json:\n  fields:\n    - {path: 'tags[*]', action: drop}\n";
  CHECK(Scrub(R"({"tags":["a","b"],"k":1})", elements) ==
        R"({"tags":[],"k":1})");
}

TEST_CASE("redact, hash, keep and scan field rules", "[unit][json]") {
  std::string policy =
      "json:\n  fields:\n"
      "    - {path: session, action: redact, label: SESSION}\n"
      "    - {path: user.id, action: hash, label: USER}\n"
      "    - {path: trace_id, action: keep}\n"
      "    - {path: message, action: scan, detectors: ['contact.*']}\n";
  CHECK(Scrub(R"({"session":{"k":[1]},"x":"10.0.0.1"})", policy) ==
        R"({"session":"[SESSION]","x":"[IPV4]"})");
  CHECK(Scrub(R"({"trace_id":"bob@example.com"})", policy) ==
        R"({"trace_id":"bob@example.com"})");
  CHECK(Scrub(R"({"message":"bob@example.com from 10.0.0.1"})", policy) ==
        R"({"message":"[EMAIL] from 10.0.0.1"})");
  std::string a = Scrub(R"({"user":{"id":12345}})", policy);
  std::string b = Scrub(R"({"user":{"id":12345}})", policy);
  std::string c = Scrub(R"({"user":{"id":12346}})", policy);
  CHECK(a == b);
  CHECK(a != c);
  CHECK(a.starts_with(R"({"user":{"id":"[USER:)"));
  CHECK(a.ends_with(R"(]"}})"));
}

TEST_CASE("fail-closed redacts every value not allowed", "[unit][json]") {
  std::string policy =
      "json:\n  fail_closed: true\n  allow: [ts, event, user.id]\n"
      "  fields:\n    - {path: message, action: scan}\n";
  CHECK(Scrub(R"({"ts":"2024-01-01","event":"login","user":{"id":7,)"
              R"("email":"x","age":33},"ok":true,"n":null,)"
              R"("message":"hi bob@example.com"})",
              policy) ==
        R"({"ts":"2024-01-01","event":"login","user":{"id":7,)"
        R"("email":"[REDACTED]","age":"[REDACTED]"},"ok":true,"n":null,)"
        R"("message":"hi [EMAIL]"})");
  // What cannot be walked as JSON is replaced whole.
  report::Stats stats;
  CHECK(Scrub("{\"a\": oops}\r\nplain bob@example.com\n", policy, Format::kAuto,
              &stats) == "[REDACTED]\r\nplain [EMAIL]\n");
  CHECK(stats.json_fallbacks == 1);
}

TEST_CASE("too deep documents are scrubbed as text and counted",
          "[unit][json]") {
  std::string policy = "json:\n  max_depth: 3\n";
  report::Stats stats;
  CHECK(Scrub(R"({"a":{"b":{"c":{"d":"bob@example.com"}}}})", policy,
              Format::kAuto, &stats) == R"({"a":{"b":{"c":{"d":"[EMAIL]"}}}})");
  CHECK(stats.json_too_deep == 1);
  CHECK(stats.json_fallbacks == 1);
  CHECK(stats.json_records == 0);
  // A stringified document over the bound is scanned as a string.
  report::Stats nested;
  CHECK(Scrub(R"({"a":{"s":"{\"b\":{\"c\":\"10.0.0.1\"}}"}})", policy,
              Format::kAuto,
              &nested) == R"({"a":{"s":"{\"b\":{\"c\":\"[IPV4]\"}}"}})");
  CHECK(nested.json_too_deep == 1);
  CHECK(nested.json_records == 1);
}

TEST_CASE("invalid JSON falls back to the text scanner and is counted",
          "[unit][json]") {
  report::Stats stats;
  CHECK(Scrub("{\"a\": bob@example.com}\n{\"b\":1}\n[1,]\n", "", Format::kAuto,
              &stats) == "{\"a\": [EMAIL]}\n{\"b\":1}\n[1,]\n");
  CHECK(stats.json_fallbacks == 2);
  CHECK(stats.json_records == 1);
  // A line starting with '[' but not ending with ']' is text, not a
  // fallback: "[INFO] ..." is a log line.
  report::Stats text;
  CHECK(Scrub("[INFO] from 10.0.0.1\n[1,\n", "", Format::kAuto, &text) ==
        "[INFO] from [IPV4]\n[1,\n");
  CHECK(text.json_fallbacks == 0);
}

TEST_CASE("formats: auto takes text lines as text, json counts them",
          "[unit][json]") {
  std::string lines =
      "plain bob@example.com\r\n\n{\"ip\":\"10.0.0.1\"}\n   \n"
      "tail 10.0.0.2";
  std::string expected =
      "plain [EMAIL]\r\n\n{\"ip\":\"[IPV4]\"}\n   \ntail [IPV4]";
  report::Stats automatic, json;
  CHECK(Scrub(lines, "", Format::kAuto, &automatic) == expected);
  CHECK(automatic.json_fallbacks == 0);
  CHECK(automatic.records_rewritten == 3);
  CHECK(Scrub(lines, "", Format::kJson, &json) == expected);
  CHECK(json.json_fallbacks == 2);  // blank lines are not counted
  CHECK(json.json_records == 1);
}

TEST_CASE("Wants picks batches that hold JSON", "[unit][json]") {
  const app::Engine& engine = testing::EngineFor("");
  JsonScrubber automatic(engine.detectors, engine.actions, engine.json,
                         Format::kAuto);
  CHECK(automatic.Wants("a\n  {\"x\":1}\n"));
  CHECK(automatic.Wants("\t[1]"));
  CHECK_FALSE(automatic.Wants("a {\nb [\n"));
  CHECK_FALSE(automatic.Wants("[INFO] started\n[10/Oct/2023] x\n"));
  CHECK(automatic.Wants("[INFO] started\n [1] \r\n"));
  // Past the first vectors of the batch, and on its last line.
  std::string text_lines;
  for (int i = 0; i < 50; ++i) text_lines += "[INFO] {not json}\n\tat x\n";
  CHECK_FALSE(automatic.Wants(text_lines));
  CHECK(automatic.Wants(text_lines + " \t{\"a\":1}"));
  CHECK(automatic.Wants(text_lines + "[1]\n" + text_lines));
  JsonScrubber json(engine.detectors, engine.actions, engine.json,
                    Format::kJson);
  CHECK(json.Wants("plain"));
}

}  // namespace
}  // namespace logveil::json
