// The batch in process: trees of mixed files through RunBatch, compared with
// what the plain pipeline makes of each file.
#include "batch/batch_runner.h"

#include <catch2/catch.hpp>
#include <map>

#include "batch/manifest.h"
#include "batch_test_support.h"

namespace logveil::batch {
namespace {

namespace fs = std::filesystem;
using testing::Gunzip;
using testing::Gzip;
using testing::LogText;
using testing::ReadFile;
using testing::ScratchDir;
using testing::Scrubbed;
using testing::Unzstd;
using testing::WriteFile;
using testing::Zstd;

// Plain texts of the tree, by path under src/.
std::map<std::string, std::string> Texts() {
  std::string huge_line(3 << 20, 'x');  // over --max-record-bytes
  huge_line.replace(huge_line.size() / 2, 19, " bob@example.com ");
  return {{"plain.log", LogText(500, 1)},
          {"empty.log", ""},
          {"empty.log.gz", ""},
          {"no_newline.log", "last 10.1.2.3 no newline"},
          {"nested/a/b/deep.log.gz", LogText(2000, 2)},
          {"nested/a/z.log.zst", LogText(3000, 3)},
          {"nested/huge.log.zst", huge_line + "\nafter 10.9.9.9\n"},
          {"nested/c.log", LogText(50, 4)}};
}

std::string Encode(const std::string& path, const std::string& text) {
  if (path.ends_with(".gz")) return Gzip(text);
  if (path.ends_with(".zst")) return Zstd(text);
  return text;
}

std::string Decode(const std::string& path, const std::string& bytes) {
  if (path.ends_with(".gz")) return Gunzip(bytes);
  if (path.ends_with(".zst")) return Unzstd(bytes);
  return bytes;
}

void MakeTree(const ScratchDir& dir) {
  for (const auto& [path, text] : Texts()) {
    WriteFile(dir / ("src/" + path), Encode(path, text));
  }
}

BatchOptions Options(const ScratchDir& dir, unsigned jobs) {
  BatchOptions options;
  options.sources = {dir / "src"};
  options.out_dir = dir / "out";
  options.jobs = jobs;
  options.pipeline.threads = 1;
  return options;
}

BatchResult Run(const BatchOptions& options) {
  const auto& engine = testing::DefaultEngine();
  BatchProgress progress;
  return RunBatch(options, engine.detectors, engine.actions, progress, {});
}

std::string MirrorPath(const ScratchDir& dir, const std::string& rel) {
  return dir /
         ("out/" + fs::path(dir / "src").relative_path().string() + "/" + rel);
}

TEST_CASE("a mixed tree is mirrored, each file scrubbed as by the pipeline",
          "[unit][batch]") {
  ScratchDir dir("run_mixed");
  MakeTree(dir);
  BatchResult result = Run(Options(dir, 2));
  REQUIRE(result.files.size() == Texts().size());
  for (const auto& file : result.files) {
    INFO(file.path << ": " << file.error);
    CHECK(file.status == FileStatus::kScrubbed);
  }
  for (const auto& [path, text] : Texts()) {
    INFO(path);
    std::string out = ReadFile(MirrorPath(dir, path));
    CHECK(Decode(path, out) == Scrubbed(text));
    CHECK(DetectCompression(out) == DetectCompression(Encode(path, text)));
  }
  CHECK(ReadFile(MirrorPath(dir, "nested/huge.log.zst")).size() < 100000);
}

TEST_CASE("reports count records, bytes and findings per file",
          "[unit][batch]") {
  ScratchDir dir("run_report");
  WriteFile(dir / "src/a.log.gz", Gzip("mail bob@example.com\nip 10.0.0.1\n"));
  BatchResult result = Run(Options(dir, 1));
  REQUIRE(result.files.size() == 1);
  const auto& file = result.files[0];
  CHECK(file.compression == Compression::kGzip);
  CHECK(file.stats.records == 2);
  CHECK(file.stats.records_rewritten == 2);
  CHECK(file.stats.bytes_in == 33);
  CHECK(file.disk_bytes_in == fs::file_size(dir / "src/a.log.gz"));
  CHECK(file.disk_bytes_out == fs::file_size(MirrorPath(dir, "a.log.gz")));
}

TEST_CASE("output is identical for any --jobs and --threads", "[unit][batch]") {
  ScratchDir one("run_jobs1"), many("run_jobs3");
  MakeTree(one);
  MakeTree(many);
  Run(Options(one, 1));
  BatchOptions options = Options(many, 3);
  options.pipeline.threads = 2;
  options.pipeline.chunk_bytes = 4096;
  Run(options);
  for (const auto& [path, text] : Texts()) {
    INFO(path);
    CHECK(ReadFile(MirrorPath(one, path)) == ReadFile(MirrorPath(many, path)));
  }
}

TEST_CASE("a second run skips finished files and redoes altered ones",
          "[unit][batch]") {
  ScratchDir dir("run_resume");
  MakeTree(dir);
  Run(Options(dir, 2));
  std::string damaged = MirrorPath(dir, "nested/a/z.log.zst");
  std::string expected = ReadFile(damaged);
  WriteFile(damaged, expected.substr(0, expected.size() / 2));  // a cut copy
  fs::remove(MirrorPath(dir, "plain.log"));
  BatchResult again = Run(Options(dir, 2));
  for (const auto& file : again.files) {
    bool redone =
        file.path.ends_with("z.log.zst") || file.path.ends_with("plain.log");
    INFO(file.path);
    CHECK(file.status ==
          (redone ? FileStatus::kScrubbed : FileStatus::kDoneBefore));
  }
  CHECK(ReadFile(damaged) == expected);
}

TEST_CASE("a changed source is redone", "[unit][batch]") {
  ScratchDir dir("run_changed");
  WriteFile(dir / "src/a.log", "one 10.0.0.1\n");
  Run(Options(dir, 1));
  WriteFile(dir / "src/a.log", "two 10.0.0.2\nthree\n");
  BatchResult again = Run(Options(dir, 1));
  CHECK(again.files[0].status == FileStatus::kScrubbed);
  CHECK(ReadFile(MirrorPath(dir, "a.log")) == "two [IPV4]\nthree\n");
}

TEST_CASE("a broken file fails alone, the others are done", "[unit][batch]") {
  ScratchDir dir("run_broken");
  std::string gz = Gzip(LogText(1000, 5));
  WriteFile(dir / "src/a_truncated.log.gz", gz.substr(0, gz.size() / 2));
  WriteFile(dir / "src/b_good.log", "ip 10.0.0.1\n");
  WriteFile(dir / "src/c_corrupt.log.zst", "\x28\xb5\x2f\xfdnot zstd at all");
  BatchResult result = Run(Options(dir, 2));
  REQUIRE(result.files.size() == 3);
  CHECK(result.files[0].status == FileStatus::kFailed);
  CHECK_THAT(result.files[0].error, Catch::Contains("truncated gzip stream"));
  CHECK_THAT(result.files[0].error, Catch::Contains("a_truncated.log.gz"));
  CHECK(result.files[1].status == FileStatus::kScrubbed);
  CHECK(result.files[2].status == FileStatus::kFailed);
  CHECK_FALSE(fs::exists(MirrorPath(dir, "a_truncated.log.gz")));
  CHECK_FALSE(fs::exists(MirrorPath(dir, ".a_truncated.log.gz.logveil-tmp")));
  CHECK(ReadFile(MirrorPath(dir, "b_good.log")) == "ip [IPV4]\n");
}

TEST_CASE("a dry run reports and writes nothing", "[unit][batch]") {
  ScratchDir dir("run_dry");
  MakeTree(dir);
  BatchOptions options = Options(dir, 2);
  options.write_mode = WriteMode::kDryRun;
  BatchResult result = Run(options);
  CHECK_FALSE(fs::exists(dir / "out"));
  uint64_t findings = 0;
  for (const auto& file : result.files) {
    CHECK(file.status == FileStatus::kDryRun);
    CHECK(file.output.empty());
    for (auto count : file.stats.findings) findings += count;
  }
  CHECK(findings > 100);
}

TEST_CASE("in place: replaced when scrubbed, untouched when clean",
          "[unit][batch]") {
  ScratchDir dir("run_in_place");
  WriteFile(dir / "src/dirty.log.gz", Gzip("ip 10.0.0.1\n"));
  WriteFile(dir / "src/clean.log.gz", Gzip("nothing here\n"));
  fs::permissions(dir / "src/dirty.log.gz", fs::perms(0640));
  auto old_time = fs::last_write_time(dir / "src/dirty.log.gz") -
                  std::chrono::hours(24 * 400);
  fs::last_write_time(dir / "src/dirty.log.gz", old_time);
  std::string clean_bytes = ReadFile(dir / "src/clean.log.gz");
  bool root = ::geteuid() == 0;  // only root may give files away
  if (root)
    REQUIRE(::chown((dir / "src/dirty.log.gz").c_str(), 1234, 5678) == 0);
  BatchOptions options = Options(dir, 2);
  options.placement = Placement::kInPlace;
  BatchResult result = Run(options);
  REQUIRE(result.files.size() == 2);
  CHECK(result.files[0].status == FileStatus::kUnchanged);
  CHECK(result.files[1].status == FileStatus::kScrubbed);
  CHECK(Gunzip(ReadFile(dir / "src/dirty.log.gz")) == "ip [IPV4]\n");
  CHECK(ReadFile(dir / "src/clean.log.gz") == clean_bytes);
  CHECK(fs::status(dir / "src/dirty.log.gz").permissions() == fs::perms(0640));
  CHECK(fs::last_write_time(dir / "src/dirty.log.gz") == old_time);
  struct stat info;
  REQUIRE(::stat((dir / "src/dirty.log.gz").c_str(), &info) == 0);
  if (root) CHECK((info.st_uid == 1234 && info.st_gid == 5678));
  CHECK(fs::exists(dir / ("src/" + std::string(kManifestName))));
  CHECK_FALSE(fs::exists(dir / "src/.dirty.log.gz.logveil-tmp"));
  BatchResult again = Run(options);
  for (const auto& file : again.files) {
    CHECK(file.status == FileStatus::kDoneBefore);
  }
}

}  // namespace
}  // namespace logveil::batch
