#include "confirm/phone.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "unit/confirm/finder_test_support.h"

namespace logveil::confirm {
namespace {

using Spans = std::vector<std::pair<size_t, size_t>>;
using Values = std::vector<std::string>;

// The options the scanner runs the phone finder with: the regions, and the
// context words of its entry in patterns/contact.yaml.
FindOptions Regions(std::vector<std::string> regions) {
  FindOptions options = testing::EntryOptions("contact.phone");
  options.phone_regions = std::move(regions);
  return options;
}

std::vector<ByteRange> Run(std::string_view text, const FindOptions& options) {
  std::vector<ByteRange> ranges;
  FindPhones(text, options, ranges);
  return ranges;
}

Values Find(std::string_view text,
            const FindOptions& options = Regions({"US"})) {
  Values values;
  for (const ByteRange& range : Run(text, options)) {
    values.emplace_back(range.In(text));
  }
  return values;
}

Spans FindSpans(std::string_view text) {
  Spans spans;
  for (const ByteRange& range : Run(text, Regions({"US"}))) {
    spans.emplace_back(range.begin, range.end);
  }
  return spans;
}

TEST_CASE("phone: reports the exact span of each number", "[unit]") {
  CHECK(FindSpans("call +1 415 555 0132 now") == Spans{{5, 20}});
  CHECK(FindSpans("+14155550132") == Spans{{0, 12}});
  CHECK(FindSpans("a (415) 555-0132 b +44 20 7123 4567") ==
        Spans{{2, 16}, {19, 35}});
}

TEST_CASE("phone: international numbers in every written form", "[unit]") {
  CHECK(Find("+49 30 123456") == Values{"+49 30 123456"});
  CHECK(Find("+4930123456") == Values{"+4930123456"});
  CHECK(Find("+1-984-555-0190") == Values{"+1-984-555-0190"});
  CHECK(Find("+33.1.42.68.53.00") == Values{"+33.1.42.68.53.00"});
  CHECK(Find("+1 (650) 333-6000") == Values{"+1 (650) 333-6000"});
  CHECK(Find("+52 (449)978-0001") == Values{"+52 (449)978-0001"});
  CHECK(Find("+44 (20) 7123 4567") == Values{"+44 (20) 7123 4567"});
  CHECK(Find("+90 (532) 123 45 67") == Values{"+90 (532) 123 45 67"});
  CHECK(Find("+55 11 98456 5666") == Values{"+55 11 98456 5666"});
}

TEST_CASE("phone: a (0) trunk prefix after the country code", "[unit]") {
  CHECK(Find("fax +46 (0)8 928 571 38") == Values{"+46 (0)8 928 571 38"});
  CHECK(Find("+44 (0) 20 7123 4567") == Values{"+44 (0) 20 7123 4567"});
}

TEST_CASE("phone: 00 stands for '+'", "[unit]") {
  CHECK(Find("0064 3 331 6005") == Values{"0064 3 331 6005"});
  CHECK(Find("001-518-640-0854 mobile") == Values{"001-518-640-0854"});
  CHECK(Find("0049301234567") == Values{"0049301234567"});
}

TEST_CASE("phone: %2B is left to the decoded view", "[unit]") {
  // The Scanner finds it in the decoded text (detect/decoded_view.h).
  CHECK(Find("GET /c?phone=%2B14155550123&x=1").empty());
  CHECK(Find("phone=%2b14155550123").empty());
}

TEST_CASE("phone: a tel: URI is redacted with its scheme", "[unit]") {
  CHECK(Find("tel:+4930123456") == Values{"tel:+4930123456"});
  CHECK(Find("<a href=\"tel:+14155550132\">") == Values{"tel:+14155550132"});
  // A label, not a URI: only the number is the finding.
  CHECK(Find("Tel: 415-666-7777 on Saturdays.") == Values{"415-666-7777"});
  CHECK(Find("Tel:415-666-7777.") == Values{"415-666-7777"});
  CHECK(Find("hotel:+4930123456") == Values{"+4930123456"});
}

TEST_CASE("phone: international numbers end a path or a SIP user part",
          "[unit]") {
  CHECK(Find("POST /Calls/+14155550132/Notify") == Values{"+14155550132"});
  CHECK(Find("INVITE sip:+14155550132@example.com") == Values{"+14155550132"});
  CHECK(Find("\"+14155550132\"") == Values{"+14155550132"});
}

TEST_CASE("phone: a context word vouches for a national SIP user part",
          "[unit]") {
  CHECK(Find("From: <sip:4155550132@10.0.0.1>") == Values{"4155550132"});
  CHECK(Find("To: sip:415-555-0132@pbx;tag=1") == Values{"415-555-0132"});
  CHECK(Find("user 4155550132@pbx").empty());
  CHECK(Find("415-555-0132@pbx").empty());
}

TEST_CASE("phone: trailing groups that do not belong are dropped", "[unit]") {
  CHECK(Find("+1 415 555 0132 25 items") == Values{"+1 415 555 0132"});
  CHECK(Find("Call +64 3 331 6005 or +1 650 253 0000!") ==
        Values{"+64 3 331 6005", "+1 650 253 0000"});
  CHECK(Find("+39 02-36618 300/x12 more") == Values{"+39 02-36618 300"});
}

TEST_CASE("phone: extensions join the number", "[unit]") {
  CHECK(Find("+44 2034567890x456") == Values{"+44 2034567890x456"});
  CHECK(Find("+44 2034567890 X 456 or") == Values{"+44 2034567890 X 456"});
  CHECK(Find("(800) 901-3355 , ext 7246433") ==
        Values{"(800) 901-3355 , ext 7246433"});
  CHECK(Find("415-666-7777 ext. 503") == Values{"415-666-7777 ext. 503"});
  CHECK(Find("(800) 901-3355 ext: 7246433") ==
        Values{"(800) 901-3355 ext: 7246433"});
}

TEST_CASE("phone: invalid numbers are not phones", "[unit]") {
  CHECK(Find("+1 415 155 0132").empty());  // exchange cannot start with 1
  CHECK(Find("+12345").empty());
  CHECK(Find("+999 1234 5678").empty());  // no such country code
  CHECK(Find("+1 415 555 01325").empty());
}

TEST_CASE("phone: US national formats", "[unit]") {
  CHECK(Find("(415) 555-0132") == Values{"(415) 555-0132"});
  CHECK(Find("(415)555-0132") == Values{"(415)555-0132"});
  CHECK(Find("415-555-0132") == Values{"415-555-0132"});
  CHECK(Find("415.555.0132") == Values{"415.555.0132"});
  CHECK(Find("415 555 0132") == Values{"415 555 0132"});
  CHECK(Find("415/666-7777") == Values{"415/666-7777"});
  CHECK(Find("1-650-333-6000") == Values{"1-650-333-6000"});
  CHECK(Find("1 (415) 555-0132") == Values{"1 (415) 555-0132"});
  CHECK(Find("415-666-7777 - 800-443-1223") ==
        Values{"415-666-7777", "800-443-1223"});
  CHECK(Find("(415) 666-7777 (800) 443-1223") ==
        Values{"(415) 666-7777", "(800) 443-1223"});
}

TEST_CASE("phone: US layouts other than 3-3-4 are ids, not phones", "[unit]") {
  CHECK(Find("4155 550 132").empty());
  CHECK(Find("41 55 55 01 32").empty());
  CHECK(Find("203.268.10.12").empty());
  CHECK(Find("2012-01-02 08").empty());
}

TEST_CASE("phone: a bare digit run needs a context word", "[unit]") {
  CHECK(Find("4155550123").empty());
  CHECK(Find("id 4155550123 done").empty());
  CHECK(Find("phone=4155550123") == Values{"4155550123"});
  CHECK(Find("mobile: 4155550123") == Values{"4155550123"});
  CHECK(Find("\"msisdn\":\"14155550123\"") == Values{"14155550123"});
  CHECK(Find("phone_number=4155550123") == Values{"4155550123"});
  CHECK(Find("phoneNumber: 4155550123") == Values{"4155550123"});
  CHECK(Find("MOBILE_NO=4155550123") == Values{"4155550123"});
  CHECK(Find("telno=4155550123") == Values{"4155550123"});
  CHECK(Find("fax 4155550123") == Values{"4155550123"});
  CHECK(Find("Phone number is 4155550123") == Values{"4155550123"});
  CHECK(Find("please call me at 4155550123") == Values{"4155550123"});
  CHECK(Find("whatsapp: 4155550123") == Values{"4155550123"});
  CHECK(Find("tel:4155550123") == Values{"4155550123"});
  // Caller ID: the id names what the word before it calls a phone.
  CHECK(Find("caller_id=4155550123") == Values{"4155550123"});
  CHECK(Find("CallerID: +1 415 555 0132") == Values{"+1 415 555 0132"});
  CHECK(Find("callee_id=\"+442071234567\"") == Values{"+442071234567"});
  CHECK(Find("user_id=4155550123").empty());
  // The words come from the pattern entry: a finder without them takes no
  // bare run.
  CHECK(Find("phone=4155550123", FindOptions{}).empty());
}

TEST_CASE("phone: a context word lowers the bar to a possible number",
          "[unit]") {
  // 446 and 357 are no assigned area codes; the key still names a number.
  CHECK(Find("446-888-5828").empty());
  CHECK(Find("msisdn=446-888-5828") == Values{"446-888-5828"});
  CHECK(Find("+13574818335").empty());
  CHECK(Find("msisdn=+13574818335") == Values{"+13574818335"});
  CHECK(Find("phone=1117838570") == Values{"1117838570"});
  // Too long or too short for the country is no number at all.
  CHECK(Find("phone=12345678").empty());
  CHECK(Find("tel: +44 7700 7835 2636").empty());
  // Only the whole run may be merely possible: a possible prefix of a
  // longer run would leave its tail in clear. A valid one may be shorter.
  CHECK(Find("msisdn=+44 161 0395 9692").empty());
  CHECK(Find("phone: 415 555 0132 25 items") == Values{"415 555 0132"});
}

TEST_CASE("phone: after a context word, E.164 digits without the '+'",
          "[unit]") {
  // MSISDNs and WhatsApp ids: valid for their country code, whatever the
  // regions.
  CHECK(Find("msisdn=447911123456 ok") == Values{"447911123456"});
  CHECK(Find("\"wa_id\":\"5511987654321\"") == Values{"5511987654321"});
  CHECK(Find("wa_id=14155550132") == Values{"14155550132"});
  // Not without the word, not with another one, not when invalid.
  CHECK(Find("to 447911123456 ok").empty());
  CHECK(Find("order_id=447911123456").empty());
  CHECK(Find("msisdn=999999999999").empty());
  CHECK(Find("msisdn=0447911123456").empty());
  // Only whole runs: a valid prefix would leave the rest in clear.
  CHECK(Find("msisdn=447911 123456 7").empty());
}

TEST_CASE("phone: after a context word, another region's national number",
          "[unit]") {
  // A trunk 0 and 7 to 12 digits: valid in no configured region (US), but
  // a word names it.
  CHECK(Find("mobile_number=07911123456 country=GB") == Values{"07911123456"});
  CHECK(Find("alt_phone=(030) 901820") == Values{"(030) 901820"});
  CHECK(Find("call 034417228 now") == Values{"034417228"});
  // Not without the word, not "00" (an international prefix), not longer.
  CHECK(Find("ref 07911123456").empty());
  CHECK(Find("order_id=07911123456").empty());
  CHECK(Find("phone=0123456").size() == 1);
  CHECK(Find("phone=012345").empty());
  CHECK(Find("phone=0012345678901234").empty());
}

TEST_CASE("phone: a context word may be glued to '+' or '('", "[unit]") {
  CHECK(Find("Hi call+64 3 331 6005") == Values{"+64 3 331 6005"});
  CHECK(Find("Hi call+1 (650) 333-6000") == Values{"+1 (650) 333-6000"});
  CHECK(Find("Hi call(800) 901-3355 x 7246433") ==
        Values{"(800) 901-3355 x 7246433"});
  CHECK(Find("PHONE+4930123456") == Values{"+4930123456"});
  // The whole glued word must be one: not base64, not another word.
  CHECK(Find("AbCall+4930123456").empty());
  CHECK(Find("recall+4930123456").empty());
  CHECK(Find("call4155550132").empty());
}

TEST_CASE("phone: the nearer of a boost and a suppress word decides",
          "[unit]") {
  CHECK(Find("order phone 415-555-0132") == Values{"415-555-0132"});
  CHECK(Find("phone order 415-555-0132").empty());
  CHECK(Find("order_id: 4155550123").empty());
  CHECK(Find("phone_order_id 415-555-0132").empty());
}

TEST_CASE("phone: context words must name the number itself", "[unit]") {
  CHECK(Find("contactId=4155550123").empty());
  CHECK(Find("callId=4155550123").empty());
  CHECK(Find("syscall=4155550123").empty());
  CHECK(Find("phone: is 4155550123 yes").size() == 1);
  CHECK(Find("phone\n4155550123").empty());  // never across a line
  CHECK(Find("phone rang 4155550123").empty());
  CHECK(Find("phone=4155550123abc").empty());
  CHECK(Find("phone_verified_at=4155550123").empty());
}

TEST_CASE("phone: id keys block national numbers", "[unit]") {
  CHECK(Find("order 415-555-0132").empty());
  CHECK(Find("transaction_id=415-555-0132").empty());
  CHECK(Find("+1 415 555 0132 order") == Values{"+1 415 555 0132"});
}

TEST_CASE("phone: time stamps, dates and durations", "[unit]") {
  CHECK(Find("03/27/2011").empty());
  CHECK(Find("31/8/2011").empty());
  CHECK(Find("2012-01-02 08:00").empty());
  CHECK(Find("2012/01/02 08:00").empty());
  CHECK(Find("20120102 08:00").empty());
  CHECK(Find("2014-04-12 04:04 PM").empty());
  CHECK(Find("2015-10-18T18:01:47+0000").empty());
  CHECK(Find("2015-10-18 18:01:47+08:00").empty());
  CHECK(Find("20171223-22:15:29:606").empty());
  CHECK(Find("081109 203615 148 INFO").empty());
  CHECK(Find("took 1:23:45.678").empty());
  CHECK(Find("elapsed 415 555 0132ms").empty());
}

TEST_CASE("phone: a number right after a date is still found", "[unit]") {
  // The date and the number read as one run of groups; the date must not
  // hide the number.
  CHECK(Find("2023-10-10 415-555-0132 called") == Values{"415-555-0132"});
  CHECK(Find("2023/10/10 (415) 555-0132") == Values{"(415) 555-0132"});
  CHECK(Find("2023.10.10 415.555.0132") == Values{"415.555.0132"});
}

TEST_CASE("phone: epoch values, counters and ids", "[unit]") {
  CHECK(Find("1117838570").empty());
  CHECK(Find("1514038535000").empty());
  CHECK(Find("blk_-6952295868487656571").empty());
  CHECK(Find("size 4155550132 bytes").empty());
  CHECK(Find("\"GET / HTTP/1.1\" 200 203023 \"-\"").empty());
  CHECK(Find("650x2531234").empty());
  CHECK(Find("650+253+1234").empty());
  CHECK(Find("234567890112").empty());
}

TEST_CASE("phone: hex, UUIDs, versions, IPs and cards", "[unit]") {
  CHECK(Find("0x4155550132").empty());
  CHECK(Find("deadbeef4155550132").empty());
  CHECK(Find("123e4567-e89b-12d3-a456-426614174000").empty());
  CHECK(Find("550e8400-e29b-41d4-a716-446655440000").empty());
  CHECK(Find("version 10.0.19041.1").empty());
  CHECK(Find("v1.415.555.0132").empty());
  CHECK(Find("10.10.34.11").empty());
  CHECK(Find("192.168.100.12").empty());
  CHECK(Find("4111 1111 1111 1111").empty());
  CHECK(Find("4111-1111-1111-1111").empty());
  CHECK(Find("80.585 [79.964, 81.191]").empty());
}

// Dotted quads are skipped by the finder's triggers (PhoneSteps::DottedQuad),
// at any offset in a block; what follows them is still read.
TEST_CASE("phone: IPv4 addresses at every offset, numbers after them",
          "[unit]") {
  for (size_t offset = 0; offset < 80; ++offset) {
    std::string pad(offset, 'x');
    pad += ' ';
    std::string text = pad + "10.209.27.81 call 415-555-0132";
    CHECK(FindSpans(text) == Spans{{pad.size() + 18, pad.size() + 30}});
    CHECK(Find(pad + "1.2.3.4 ok 9.99.100.255").empty());
  }
  CHECK(Find("tel 415.555.0132") == Values{"415.555.0132"});
  CHECK(Find("tel 1.415.555.0132") == Values{"1.415.555.0132"});
  // "00" opens an international prefix: this quad is +64 3 331 6005.
  CHECK(Find("006.433.316.005") == Values{"006.433.316.005"});
}

// Two groups right after a number are skipped by the finder's triggers
// (PhoneSteps::PairAfterNumber): no context word can come before them.
TEST_CASE("phone: an access log's status and size", "[unit]") {
  for (size_t offset = 0; offset < 80; ++offset) {
    std::string line =
        std::string(offset, 'x') +
        " \"GET / HTTP/1.1\" 304 1979434 \"-\" phone 415-555-0132";
    CHECK(Find(line) == Values{"415-555-0132"});
  }
  CHECK(Find("v2: 415 5550132").empty());
  // A leading 0 is a trunk prefix outside NANP: such pairs are read.
  CHECK(Find("1: 030 1234567", Regions({"DE"})) == Values{"030 1234567"});
  // A context word may end in a digit: then such pairs are read.
  FindOptions digit_words = Regions({"US"});
  digit_words.context = ContextWords({"tel2"}, {}, {});
  CHECK(Find("tel2: 415 5550132", digit_words) == Values{"415 5550132"});
  CHECK(Find("tel2: 415 5550132").empty());
}

TEST_CASE("phone: a number after another value the run read into", "[unit]") {
  CHECK(Find("src 10.1.2.3 415-555-0132") == Values{"415-555-0132"});
  CHECK(Find("Bamblee, SD 20241 440-600-5124") == Values{"440-600-5124"});
  CHECK(Find("v1.2 (415) 555-0132") == Values{"(415) 555-0132"});
  // Groups all joined by spaces are one value: no number inside it.
  CHECK(Find("order_ref=4039 0032 6425 3391").empty());
  CHECK(Find("2023 415 555 0132").empty());
}

TEST_CASE("phone: '+' glued to a word is not a country code", "[unit]") {
  CHECK(Find("a+14155550132").empty());
  CHECK(Find("1.5e+10").empty());
  CHECK(Find("q=call+me+at+14155550132").empty());
  CHECK(Find("+14155550132abc").empty());
  CHECK(Find("++14155550132").empty());
  CHECK(Find("+0800").empty());
  CHECK(Find("UTC+05:30").empty());
}

TEST_CASE("phone: national numbers glued to ids are skipped", "[unit]") {
  CHECK(Find("host-415-555-0132").empty());
  CHECK(Find("415-555-0132-7").empty());
  CHECK(Find("415-555-0132@host").empty());
  CHECK(Find("415-555-0132:8080").empty());
  CHECK(Find("$415-555-0132").empty());
  CHECK(Find("2012-415-555-0132").empty());
}

TEST_CASE("phone: other regions come from FindOptions", "[unit]") {
  CHECK(Find("030 1234567").empty());
  CHECK(Find("030 1234567", Regions({"DE"})) == Values{"030 1234567"});
  CHECK(Find("(030) 1234567", Regions({"DE"})) == Values{"(030) 1234567"});
  CHECK(Find("01 84 17 61 18", Regions({"FR"})) == Values{"01 84 17 61 18"});
  CHECK(Find("0 532 123 45 67", Regions({"TR"})) == Values{"0 532 123 45 67"});
  CHECK(Find("(415) 555-0132 or 030 1234567", Regions({"US", "DE"})) ==
        Values{"(415) 555-0132", "030 1234567"});
  CHECK(Find("(415) 555-0132", Regions({})).empty());
  CHECK(Find("+49 30 1234567", Regions({})) == Values{"+49 30 1234567"});
}

TEST_CASE("phone: outside NANP a trunk prefix or area code is required",
          "[unit]") {
  FindOptions many = Regions({"US", "GB", "DE", "FR", "IT", "JP", "AU"});
  CHECK(Find("\"GET / HTTP/1.1\" 200 2326 \"-\"", many).empty());
  CHECK(Find("IRQ router PIIX/ICH [8086/2410] at", many).empty());
  CHECK(Find("[0701/114930:WARNING:dns_config]", many).empty());
  CHECK(Find("081109 203615 148 INFO dfs.DataNode", many).empty());
  CHECK(Find("10/12/82", Regions({"DE"})).empty());
  CHECK(Find("mobile 532 123 45 67", Regions({"TR"})) ==
        Values{"532 123 45 67"});
}

TEST_CASE("phone: redaction tokens glue like the values they replaced",
          "[unit]") {
  // Only the first number is found: the second '+' is glued to a digit.
  // Once the first is redacted, the second must stay unfound.
  CHECK(Find("+14155550132+14155550123") == Values{"+14155550132"});
  CHECK(Find("[PHONE]+14155550123").empty());
  CHECK(Find("415-555-0132[PHONE]").empty());
  CHECK(Find("12:+14155550123").empty());
  CHECK(Find("[PHONE]:%2B14155550123").empty());
  CHECK(Find("[+14155550123]") == Values{"+14155550123"});
  CHECK(Find("[x] +14155550123") == Values{"+14155550123"});
}

TEST_CASE("phone: findings are ordered and never overlap", "[unit]") {
  std::string text =
      "a +1 415 555 0132 b (212) 555-0199 c phone=4155550123 d tel:+49301234";
  std::vector<ByteRange> ranges = Run(text, Regions({"US"}));
  REQUIRE(ranges.size() == 4);
  for (size_t i = 1; i < ranges.size(); ++i) {
    CHECK(ranges[i - 1].end <= ranges[i].begin);
  }
}

TEST_CASE("phone: arbitrary bytes and edges of the text", "[unit]") {
  CHECK(Find("").empty());
  CHECK(Find("+").empty());
  CHECK(Find("(").empty());
  CHECK(Find("%2").empty());
  CHECK(Find("00").empty());
  CHECK(Find("tel:+").empty());
  CHECK(Find("phone=").empty());
  CHECK(Find(std::string("\0+14155550132\0", 14)) == Values{"+14155550132"});
  CHECK(Find("\xff+14155550132\xfe") == Values{"+14155550132"});
  CHECK(Find("+1 415 555\n0132").empty());
  CHECK(Find(std::string(5000, '9')).empty());
  CHECK(Find(std::string(5000, '+')).empty());
  std::string groups;
  for (int i = 0; i < 500; ++i) groups += "415 ";
  CHECK(Find(groups).empty());
}

}  // namespace
}  // namespace logveil::confirm
