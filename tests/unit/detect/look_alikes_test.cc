#include "detect/look_alikes.h"

#include <catch2/catch.hpp>
#include <string>

namespace logveil::detect {
namespace {

LookAlikeSet All() {
  LookAlikeSet set;
  for (int kind = 0; kind < kLookAlikeKinds; ++kind) {
    set.Add(static_cast<LookAlike>(kind));
  }
  return set;
}

// The look-alike that claims `value` in `text`, as its text; "" if none.
std::string Claim(std::string_view text, std::string_view value,
                  LookAlikeSet kinds = All()) {
  size_t at = text.find(value);
  REQUIRE(at != std::string_view::npos);
  auto span = FindLookAlike(text, {at, at + value.size()}, kinds);
  return span ? std::string(span->range.In(text)) : std::string();
}

LookAlike KindOf(std::string_view text, std::string_view value) {
  size_t at = text.find(value);
  auto span = FindLookAlike(text, {at, at + value.size()}, All());
  REQUIRE(span);
  return span->kind;
}

TEST_CASE("look-alikes: ISO 8601 and RFC 3339 time stamps", "[unit]") {
  CHECK(Claim("ts=2023-10-10T01:07:16.771832Z level=info", "771832") ==
        "2023-10-10T01:07:16.771832Z");
  CHECK(Claim("2023-10-10 01:07:16,748 DEBUG", "16,748") ==
        "2023-10-10 01:07:16,748");
  CHECK(Claim("at 2023-10-10T01:07:16+05:30.", "05:30") ==
        "2023-10-10T01:07:16+05:30");
  CHECK(Claim("- 2005-06-03-15.42.50.675872 R02", "675872") ==
        "2005-06-03-15.42.50.675872");
  CHECK(Claim("20171223-22:15:29:606|Step", "29:606") ==
        "20171223-22:15:29:606");
  CHECK(Claim("stamp 20231010T010716Z", "010716") == "20231010T010716Z");
  CHECK(Claim("2016/9/28:21:37:30.123 x", "30.123") ==
        "2016/9/28:21:37:30.123");
  CHECK(Claim("on 2023-10-10.", "10-10") == "2023-10-10");
  CHECK(KindOf("2023-10-10 01:07:16", "16") == LookAlike::kTimestamp);
}

TEST_CASE("look-alikes: syslog, Apache, day-first dates and clocks", "[unit]") {
  CHECK(Claim("Oct 10 01:07:16 edge-04 systemd", "07:16") == "Oct 10 01:07:16");
  CHECK(Claim("Jun  9 06:06:20 combo", "06:20") == "Jun  9 06:06:20");
  CHECK(Claim("[Sun Dec 04 04:47:44 2005] [notice]", "2005") ==
        "Dec 04 04:47:44 2005");
  CHECK(Claim("- - [10/Oct/2023:01:07:16 +0000] \"GET", "0000") ==
        "10/Oct/2023:01:07:16 +0000");
  CHECK(Claim("born 03/27/2011", "2011") == "03/27/2011");
  CHECK(Claim("17/06/09 20:10:40 INFO", "10:40") == "17/06/09 20:10:40");
  CHECK(Claim("03-17 16:13:38.811 1702", "38.811") == "16:13:38.811");
}

TEST_CASE("look-alikes: what is no time stamp", "[unit]") {
  CHECK(Claim("call 415-555-0132", "0132") == "");
  CHECK(Claim("2023-13-10", "13-10") == "");    // month 13
  CHECK(Claim("25:07:16", "07:16") == "");      // hour 25
  CHECK(Claim("20231010", "20231010") == "");   // an id as likely
  CHECK(Claim("1899-10-10", "10-10") == "");    // out of range
  CHECK(Claim("Oct 10 01:07", "01:07") == "");  // no seconds
  CHECK(Claim("x2023-10-10", "10-10") == "");   // glued to a word
  CHECK(Claim("2023-10-10x", "10-10") == "");
}

TEST_CASE("look-alikes: epoch seconds to nanoseconds", "[unit]") {
  CHECK(Claim("- 1117838570 2005.06.03", "1117838570") == "1117838570");
  CHECK(Claim("\"lastUpdated\":1514038535000", "1514038535000") ==
        "1514038535000");
  CHECK(Claim("t=1696900036123456", "1696900036123456") == "1696900036123456");
  CHECK(Claim("\"1544712660300000000\"", "1544712660300000000") ==
        "1544712660300000000");
  CHECK(Claim("at 1696900036.123 s", "1696900036") == "1696900036.123");
  CHECK(KindOf("t 1117838570", "1117838570") == LookAlike::kEpoch);
  CHECK(Claim("id 4155550132", "4155550132") == "");   // year 2101
  CHECK(Claim("id 0999999999", "0999999999") == "");   // 2001 or before
  CHECK(Claim("n 11178385700", "11178385700") == "");  // 11 digits
  CHECK(Claim("v 1.1117838570", "1117838570") == "");  // a fraction
}

TEST_CASE("look-alikes: UUIDs, digests and trace ids", "[unit]") {
  std::string uuid = "550e8400-e29b-41d4-a716-446655440000";
  CHECK(Claim("req " + uuid + " ok", "446655440000") == uuid);
  CHECK(KindOf("req " + uuid, "446655440000") == LookAlike::kUuid);
  std::string sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
  CHECK(Claim("sha1:" + sha1, "3255") == sha1);
  CHECK(Claim("sha1:" + sha1, sha1) == sha1);
  CHECK(Claim(std::string(64, '4') + " x", std::string(64, '4')) ==
        std::string(64, '4'));
  CHECK(Claim(std::string(33, 'a'), std::string(33, 'a')) == "");
  std::string traceparent =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  CHECK(Claim("traceparent: " + traceparent, "00f067aa0ba902b7") ==
        traceparent);
  CHECK(Claim("dd.trace_id=4111111111111111 x", "4111111111111111") ==
        "dd.trace_id=4111111111111111");
  CHECK(Claim("spanId: \"5c11b798141760f5\"", "5c11b798141760f5") ==
        "spanId: \"5c11b798141760f5");
  CHECK(Claim("[trace=8273368c676e0102 x]", "8273368c676e0102") ==
        "trace=8273368c676e0102");
  CHECK(Claim("order_id=4111111111111111", "4111111111111111") == "");
  CHECK(Claim("trace_id=123", "123") == "");  // too short for an id
}

TEST_CASE("look-alikes: semantic versions and pod names", "[unit]") {
  CHECK(Claim("release 1.2.3-4155550132 out", "4155550132") ==
        "1.2.3-4155550132");
  CHECK(Claim("v2.0.0-rc.1+build.5 ok", "5") == "v2.0.0-rc.1+build.5");
  CHECK(Claim("Safari/605.1.15 x", "15") == "605.1.15");
  CHECK(Claim("10.0.19041.1", "19041") == "");  // four parts
  CHECK(Claim("6.1.7601.23505", "23505") == "");
  CHECK(Claim("1.02.3", "3") == "");  // leading zero
  CHECK(Claim("pod web-7d9f8c6b5d-x2k4p ready", "x2k4p") == "7d9f8c6b5d-x2k4p");
  CHECK(Claim("fluent-bit-78945dccd8-hvr55", "hvr55") == "78945dccd8-hvr55");
  CHECK(KindOf("web-7d9f8c6b5d-x2k4p", "x2k4p") == LookAlike::kPodName);
  CHECK(Claim("web-7d9f8c6b5d-x2k4", "x2k4") == "");  // 4-char suffix
  CHECK(Claim("web-aeiouaei-x2k4p", "x2k4p") == "");  // vowels
  CHECK(Claim("web-bcdfghjk-bcdfg", "bcdfg") == "");  // no digit
}

TEST_CASE("look-alikes: only the kinds asked for, near the value", "[unit]") {
  LookAlikeSet epoch;
  epoch.Add(LookAlike::kEpoch);
  CHECK(Claim("t 1117838570", "1117838570", epoch) == "1117838570");
  CHECK(Claim("t 1117838570", "1117838570", All().Without(LookAlike::kEpoch))
            .empty());
  CHECK(Claim("t 1117838570", "1117838570", LookAlikeSet()).empty());
  // A value that holds a look-alike and more is not claimed by it.
  CHECK(Claim("+49 800 1234567890", "+49 800 1234567890").empty());
  CHECK(Claim("+2205661234", "+2205661234").empty());
  CHECK(Claim("+2205661234", "2205661234") == "2205661234");
  // A shape that ends before the value does not claim it.
  CHECK(Claim("2023-10-10 x 415", "415") == "");
  // Nor one on another line.
  CHECK(Claim("Oct 10 01:07:16\n415", "415") == "");
  CHECK(ParseLookAlike("trace_id") == LookAlike::kTraceId);
  CHECK(ParseLookAlike("pod_name") == LookAlike::kPodName);
  CHECK_FALSE(ParseLookAlike("uuids"));
}

TEST_CASE("look-alikes: edges of the text", "[unit]") {
  CHECK(Claim("1", "1") == "");
  CHECK(Claim("2023-10-", "10") == "");
  CHECK(Claim("Oct", "Oct") == "");
  CHECK(Claim("00-4bf9", "4bf9") == "");
  CHECK(Claim(std::string(5000, '7'), std::string(5000, '7')) == "");
  std::string far = "2023-10-10 01:07:16" + std::string(70, ' ') + "x";
  CHECK(Claim(far, "x") == "");
}

}  // namespace
}  // namespace logveil::detect
