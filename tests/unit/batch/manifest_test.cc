#include "batch/manifest.h"

#include <catch2/catch.hpp>

#include "batch_test_support.h"

namespace logveil::batch {
namespace {

using testing::ReadFile;
using testing::ScratchDir;
using testing::WriteFile;

ManifestEntry Entry(char digit, uint64_t bytes) {
  return ManifestEntry{.sha256_hex = std::string(64, digit),
                       .output_bytes = bytes,
                       .source_bytes = bytes + 1,
                       .source_mtime_ns = 1700000000123456789};
}

TEST_CASE("manifest lines round-trip any key", "[unit][batch]") {
  for (std::string key :
       {"a.log", "dir/with space/x.gz", "100%\nnew\rline", "%0A literally"}) {
    std::string line = FormatManifestLine(key, Entry('a', 42));
    REQUIRE(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);
    std::string parsed_key;
    ManifestEntry parsed;
    REQUIRE(
        ParseManifestLine(line.substr(0, line.size() - 1), parsed_key, parsed));
    CHECK(parsed_key == key);
    CHECK(parsed.sha256_hex == std::string(64, 'a'));
    CHECK(parsed.output_bytes == 42);
    CHECK(parsed.source_bytes == 43);
    CHECK(parsed.source_mtime_ns == 1700000000123456789);
  }
}

TEST_CASE("malformed manifest lines are rejected", "[unit][batch]") {
  std::string key;
  ManifestEntry entry;
  std::string good = FormatManifestLine("k", Entry('b', 1));
  good.pop_back();
  CHECK(ParseManifestLine(good, key, entry));
  CHECK_FALSE(ParseManifestLine("", key, entry));
  CHECK_FALSE(ParseManifestLine(good.substr(0, 70), key, entry));
  CHECK_FALSE(ParseManifestLine(good.substr(0, good.size() - 2), key, entry));
  CHECK_FALSE(ParseManifestLine(std::string(64, 'c') + " x 1 2 k", key, entry));
  CHECK_FALSE(ParseManifestLine(good + "%4", key, entry));
}

TEST_CASE("the store reads the last entry per key and appends",
          "[unit][batch]") {
  ScratchDir dir("manifest");
  std::string path = dir / kManifestName;
  {
    ManifestStore store(Durability::kFsync);
    CHECK_FALSE(store.Find(path, "a").has_value());
    REQUIRE(store.Record(path, "a", Entry('1', 10)).ok());
    REQUIRE(store.Record(path, "b", Entry('2', 20)).ok());
    REQUIRE(store.Record(path, "a", Entry('3', 30)).ok());
  }
  ManifestStore again(Durability::kBuffered);
  CHECK(again.Find(path, "a")->output_bytes == 30);
  CHECK(again.Find(path, "b")->output_bytes == 20);
  CHECK_FALSE(again.Find(path, "c").has_value());
}

TEST_CASE("a line cut short by a kill is ignored and then ended",
          "[unit][batch]") {
  ScratchDir dir("manifest_cut");
  std::string path = dir / kManifestName;
  std::string whole = FormatManifestLine("done", Entry('1', 1));
  std::string cut = FormatManifestLine("half", Entry('2', 2)).substr(0, 50);
  WriteFile(path, whole + cut);
  ManifestStore store(Durability::kBuffered);
  CHECK(store.Find(path, "done").has_value());
  CHECK_FALSE(store.Find(path, "half").has_value());
  REQUIRE(store.Record(path, "next", Entry('3', 3)).ok());
  ManifestStore reread(Durability::kBuffered);
  CHECK(reread.Find(path, "next")->output_bytes == 3);
  CHECK(ReadFile(path).ends_with("\n"));
}

}  // namespace
}  // namespace logveil::batch
