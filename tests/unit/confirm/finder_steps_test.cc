// Properties that every finder keeps whatever its triggers: the shared pass
// finds what each finder finds alone, a chunk of lines finds what its lines
// find one by one, and a value is found wherever it sits in a 64-byte block.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "confirm/finder.h"

namespace logveil::confirm {
namespace {

using Spans = std::vector<std::pair<size_t, size_t>>;

// Lines with values of every kind, near misses and noise.
const char* const kLines[] = {
    "2023-10-10 01:07:16,748 INFO [main] started pid=4242 took=12ms",
    "pan=4111 1111 1111 1111 exp 12/25, amex 3782 822463 10005",
    "iban DE89 3704 0044 0532 0130 00 and gb82west12345698765432",
    "client 10.0.0.1:8080 via 2001:db8::1 and fe80::1%eth0, v1.2.3.4.5",
    ":: leading separator, then INFO :: started",
    "mac=00:1a:2b:3c:4d:5e 00-1A-2B-3C-4D-5E 001a.2b3c.4d5e",
    "tel=+44 20 7946 0958, call me at (415) 555-0132 x123",
    "phone: 4155550132 order id 4155550133 %2B14155550134",
    "pos=25.2048, 55.2708 lat=48.85 lon=2.29 geo:37.786971,-122.399677",
    "load average: 0.5234, 0.5812, 0.5903 at 12:34:56.7890",
    "blk_-6952 0.4111111111111111 +4915 1514038535000.123",
    "[PHONE] 0132+14155550123 /Calls/+14155550132/ sip:+14155550132@host",
    "",
    "\t\"lat\": 1.23, \"lng\": 4.56} 6.1.7601.17514 ~6.1.1.0",
    "fix 25°12'17.5\"N 55°16'14.8\"E $GPGLL,4916.45,N,12311.12,W,225444,A",
    "41.5, -81.0",
    "car 1HGCM82633A004352 vin=WVWZZZ1JZXW000001 q=25.20,55.27 c.e.n 5 s",
};

std::vector<const Finder*> Finders() {
  std::vector<const Finder*> finders;
  for (const Finder& finder : AllFinders()) finders.push_back(&finder);
  return finders;
}

Spans Find(const Finder& finder, std::string_view text, size_t offset = 0) {
  std::vector<ByteRange> ranges;
  finder.find(text, FindOptions{}, ranges);
  Spans spans;
  for (const ByteRange& range : ranges) {
    spans.emplace_back(offset + range.begin, offset + range.end);
  }
  return spans;
}

std::string Chunk() {
  std::string chunk;
  for (const char* line : kLines) chunk += std::string(line) + "\n";
  return chunk;
}

TEST_CASE("finder steps: one shared pass finds what each finder finds",
          "[unit]") {
  std::string text = Chunk() + Chunk();
  std::vector<const Finder*> finders = Finders();
  finders.push_back(finders.front());  // the same finder twice is fine
  std::vector<std::vector<ByteRange>> out(finders.size());
  FindOptions options;
  std::vector<const FindOptions*> each(finders.size(), &options);
  FindAll(finders, text, each, out);
  for (size_t f = 0; f < finders.size(); ++f) {
    INFO(finders[f]->name);
    Spans spans;
    for (const ByteRange& range : out[f]) {
      spans.emplace_back(range.begin, range.end);
    }
    CHECK(spans == Find(*finders[f], text));
  }
}

TEST_CASE("finder steps: a chunk finds what its lines find", "[unit]") {
  std::string chunk = Chunk();
  for (const Finder* finder : Finders()) {
    INFO(finder->name);
    Spans by_line;
    size_t begin = 0;
    for (const char* line : kLines) {
      Spans spans = Find(*finder, line, begin);
      by_line.insert(by_line.end(), spans.begin(), spans.end());
      begin += std::string_view(line).size() + 1;
    }
    CHECK(Find(*finder, chunk) == by_line);
  }
}

TEST_CASE("finder steps: a value is found at every offset in a block",
          "[unit]") {
  const std::pair<const char*, const char*> kValues[] = {
      {"card", "4111 1111 1111 1111"},
      {"geo", "25.2048, 55.2708"},
      {"iban", "DE89370400440532013000"},
      {"ipv4", "10.0.0.1"},
      {"ipv6", "2001:db8::1"},
      {"mac", "00:1a:2b:3c:4d:5e"},
      {"phone", "+44 20 7946 0958"},
      {"vin", "1HGCM82633A004352"},
  };
  std::mt19937 random(11);
  for (const auto& [name, value] : kValues) {
    const Finder* finder = LookupFinder(name);
    REQUIRE(finder != nullptr);
    std::string_view v(value);
    for (size_t offset = 0; offset < 140; ++offset) {
      INFO(name << " at " << offset);
      std::string text(offset, ' ');
      for (char& c : text) c = "ab ,;=x"[random() % 7];
      if (offset > 0) text.back() = ' ';
      text += std::string(v) + " end";
      Spans spans = Find(*finder, text);
      if (std::string_view(name) == "geo") {
        CHECK(spans == Spans{{offset, offset + 7}, {offset + 9, offset + 16}});
      } else {
        CHECK(spans == Spans{{offset, offset + v.size()}});
      }
    }
  }
}

}  // namespace
}  // namespace logveil::confirm
