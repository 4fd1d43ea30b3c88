#include "sample_log.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <random>

namespace logveil::bench {
namespace {

constexpr const char* kPii[] = {
    "user=jane.doe+tag@example.com",
    "client=203.0.113.77:51234",
    "from 2001:db8:85a3::8a2e:370:7334",
    "tel=+44 20 7946 0958",
    "pan=4111 1111 1111 1111",
    "iban=DE89370400440532013000",
    "mac=00:1a:2b:3c:4d:5e",
    "pos=25.2048, 55.2708",
};

std::string MakeLine(std::mt19937_64& rng, bool with_pii) {
  char head[200];
  std::snprintf(head, sizeof head,
                "2026-11-23T08:%02u:%02u.%03uZ INFO [svc-%u] req=%016llx "
                "took=%ums size=%u ver=1.%u.%u status=200 ",
                unsigned(rng() % 60), unsigned(rng() % 60),
                unsigned(rng() % 1000), unsigned(rng() % 16),
                static_cast<unsigned long long>(rng()), unsigned(rng() % 5000),
                unsigned(rng() % 100000), unsigned(rng() % 20),
                unsigned(rng() % 300));
  std::string line = head;
  if (with_pii)
    line += kPii[rng() % std::size(kPii)];
  else
    line += "msg=\"request completed without incident\"";
  line += '\n';
  return line;
}

// The first whole lines of `path` up to `bytes`; empty if unreadable.
std::string HeadOfFile(const char* path, size_t bytes) {
  std::ifstream in(path, std::ios::binary);
  std::string text(bytes, '\0');
  in.read(text.data(), static_cast<std::streamsize>(bytes));
  text.resize(static_cast<size_t>(in.gcount()));
  size_t last_newline = text.rfind('\n');
  text.resize(last_newline == std::string::npos ? 0 : last_newline + 1);
  return text;
}

}  // namespace

const std::string& SampleLog(size_t bytes, int pii_percent) {
  static std::map<std::pair<size_t, int>, std::string> cache;
  auto& text = cache[{bytes, pii_percent}];
  if (!text.empty()) return text;
  if (const char* path = std::getenv("LOGVEIL_BENCH_LOG")) {
    text = HeadOfFile(path, bytes);
    if (!text.empty()) return text;
  }
  std::mt19937_64 rng(42);
  while (text.size() < bytes) {
    text += MakeLine(rng, static_cast<int>(rng() % 100) < pii_percent);
  }
  return text;
}

}  // namespace logveil::bench
