#include "regex/lazy_regex.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace logveil::regex {
namespace {

TEST_CASE("lazy regex: compiles on first use and matches", "[unit]") {
  LazyRegex digits("[0-9]{3}");
  const Regex* regex = digits.Get();
  REQUIRE(regex != nullptr);
  CHECK(regex->FullMatch("415"));
  CHECK_FALSE(regex->FullMatch("41"));
  CHECK(digits.Get() == regex);
}

TEST_CASE("lazy regex: an empty or broken source gives null", "[unit]") {
  CHECK(LazyRegex("").Get() == nullptr);
  CHECK(LazyRegex("(unclosed").Get() == nullptr);
}

TEST_CASE("lazy regex: the same source and capture share one program",
          "[unit]") {
  // Separate strings, so sharing goes by content, not by address.
  std::string first = "8(?:00|33)[2-9][0-9]{6}";
  std::string second = first;
  LazyRegex a(first);
  LazyRegex b(second);
  CHECK(a.Get() == b.Get());
  LazyRegex grouped(first, 0);
  CHECK(grouped.Get() != a.Get());
  CHECK(LazyRegex("8(?:00|33)").Get() != a.Get());
}

TEST_CASE("lazy regex: threads asking at once get one program", "[unit]") {
  const std::string source = "(?:52|55)[0-9]{8}";
  std::vector<std::unique_ptr<LazyRegex>> lazies;
  for (int i = 0; i < 8; ++i) {
    lazies.push_back(std::make_unique<LazyRegex>(source));
  }
  std::vector<const Regex*> got(lazies.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < lazies.size(); ++i) {
    threads.emplace_back([&, i] { got[i] = lazies[i]->Get(); });
  }
  for (auto& thread : threads) thread.join();
  REQUIRE(got[0] != nullptr);
  for (const Regex* regex : got) CHECK(regex == got[0]);
}

}  // namespace
}  // namespace logveil::regex
