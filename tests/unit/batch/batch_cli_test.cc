// `logveil batch` end to end through the binary: exit codes, messages,
// report, and runs that are killed or hit a full disk.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <thread>

#include "batch/manifest.h"
#include "batch_test_support.h"

namespace logveil::batch {
namespace {

namespace fs = std::filesystem;
using logveil::testing::RunLogveil;
using testing::Gunzip;
using testing::Gzip;
using testing::LogText;
using testing::ReadFile;
using testing::ScratchDir;
using testing::WriteFile;
using testing::Zstd;

// Every regular file under `root` by relative path, with its bytes.
std::map<std::string, std::string> Snapshot(const std::string& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    if (name == kManifestName) continue;
    files[fs::relative(entry.path(), root).string()] =
        ReadFile(entry.path().string());
  }
  return files;
}

// A tree big enough that a run takes a while: gzip, zstd and plain files.
void MakeBigTree(const std::string& src, int files) {
  for (int i = 0; i < files; ++i) {
    std::string text = LogText(8000, i);
    std::string name =
        src + "/d" + std::to_string(i % 3) + "/f" + std::to_string(i);
    if (i % 3 == 0) WriteFile(name + ".log.gz", Gzip(text, 1));
    if (i % 3 == 1) WriteFile(name + ".log.zst", Zstd(text, 1));
    if (i % 3 == 2) WriteFile(name + ".log", text);
  }
}

pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1), ::dup2(null, 2);
    std::vector<char*> argv{const_cast<char*>(LOGVEIL_BINARY)};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv(LOGVEIL_BINARY, argv.data());
    ::_exit(127);
  }
  return pid;
}

size_t CountLines(const std::string& path) {
  if (!fs::exists(path)) return 0;
  std::string text = ReadFile(path);
  return std::count(text.begin(), text.end(), '\n');
}

// Starts a batch with `args` and SIGKILLs it once `manifest` has `lines`
// lines. Returns whether it was killed before finishing.
bool KillWhenRecorded(const std::vector<std::string>& args,
                      const std::string& manifest, size_t lines) {
  pid_t pid = Spawn(args);
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (CountLines(manifest) >= lines) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return WIFSIGNALED(status);
}

void CheckNoTemporaries(const std::string& root) {
  for (const auto& [path, bytes] : Snapshot(root)) {
    CHECK_FALSE(path.ends_with(".logveil-tmp"));
  }
}

TEST_CASE("batch: mirror a tree, report JSON without values, exit 0",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_basic");
  WriteFile(dir / "src/a.log", "mail bob@example.com\n");
  WriteFile(dir / "src/sub/b.log.gz", Gzip("from 10.20.30.40\nok\n"));
  std::string report = dir / "report.json";
  auto result = RunLogveil({"batch", dir / "src", "--out", dir / "out",
                            "--report", report, "--progress", "none"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  auto out = Snapshot(dir / "out");
  std::string base = fs::path(dir / "src").relative_path().string();
  CHECK(out[base + "/a.log"] == "mail [EMAIL]\n");
  CHECK(Gunzip(out[base + "/sub/b.log.gz"]) == "from [IPV4]\nok\n");
  std::string json = ReadFile(report);
  CHECK_THAT(json, Catch::Contains("\"status\":\"scrubbed\""));
  CHECK_THAT(json, Catch::Contains("\"compression\":\"gzip\""));
  CHECK_THAT(json, Catch::Contains("\"findings\":{\"EMAIL\":1}"));
  CHECK_THAT(json, Catch::Contains("\"findings\":{\"IPV4\":1}"));
  CHECK_THAT(json, Catch::Contains("\"records\":3"));
  CHECK(json.find("example.com") == std::string::npos);
  CHECK(json.find("10.20") == std::string::npos);
}

TEST_CASE("batch: values JSON field rules redact count in the report",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_field_rules");
  WriteFile(dir / "src/events.jsonl",
            "{\"password\":\"hunter2\",\"mail\":\"bob@example.com\"}\n");
  std::string report = dir / "report.json";
  auto result = RunLogveil({"batch", dir / "src", "--out", dir / "out",
                            "--report", report, "--progress", "none"});
  CHECK(result.exit_code == 0);
  std::string json = ReadFile(report);
  CHECK_THAT(json, Catch::Contains("\"findings\":{\"EMAIL\":1,\"SECRET\":1}"));
  CHECK(json.find("hunter2") == std::string::npos);
}

TEST_CASE("batch: unreadable inputs fail alone, exit 1, no values in errors",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_unreadable");
  std::string gz = Gzip("secret bob@example.com\n" + LogText(2000, 1));
  WriteFile(dir / "src/cut.log.gz", gz.substr(0, gz.size() - 10));
  WriteFile(dir / "src/good.log", "ip 10.0.0.1\n");
  fs::create_symlink(dir / "missing", dir / "src/dangling.log");
  WriteFile(dir / "src/locked.log", "mail bob@example.com\n");
  fs::permissions(dir / "src/locked.log", fs::perms::none);
  bool root = ::geteuid() == 0;  // root reads mode-000 files anyway
  auto result = RunLogveil({"batch", dir / "src", dir / "nope", "--out",
                            dir / "out", "--progress", "none"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("cut.log.gz: truncated gzip stream"));
  CHECK_THAT(result.err, Catch::Contains("dangling.log: cannot follow"));
  CHECK_THAT(result.err, Catch::Contains("nope: cannot open"));
  if (!root) CHECK_THAT(result.err, Catch::Contains("locked.log"));
  CHECK_THAT(result.err, Catch::Contains(root ? "3 of 5 files failed"
                                              : "4 of 5 files failed"));
  CHECK(result.err.find("example.com") == std::string::npos);
  std::string base = fs::path(dir / "src").relative_path().string();
  CHECK(ReadFile(dir / ("out/" + base + "/good.log")) == "ip [IPV4]\n");
  CHECK_FALSE(fs::exists(dir / ("out/" + base + "/cut.log.gz")));
}

TEST_CASE("batch: usage errors exit 2", "[unit][batch][e2e]") {
  CHECK(RunLogveil({"batch", "x"}).exit_code == 2);
  CHECK(RunLogveil({"batch", "x", "--out", "y", "--in-place"}).exit_code == 2);
  CHECK(RunLogveil({"batch", "--out", "y"}).exit_code == 2);
  CHECK(RunLogveil({"batch", "x", "--out", "y", "--gzip-level", "12"})
            .exit_code == 2);
}

TEST_CASE("batch: globs, engine flags after the subcommand, dry run",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_glob");
  WriteFile(dir / "src/a.log", "mail bob@example.com\n");
  WriteFile(dir / "src/b.txt", "mail bob@example.com\n");
  auto dry = RunLogveil({"batch", dir / "src/*.log", "--dry-run", "--report",
                         dir / "dry.json", "--progress", "none"});
  CHECK(dry.exit_code == 0);
  CHECK_THAT(ReadFile(dir / "dry.json"),
             Catch::Contains("\"status\":\"dry_run\""));
  CHECK(Snapshot(dir / "src").size() == 2);
  CHECK_FALSE(fs::exists(dir / ("src/" + std::string(kManifestName))));
  auto result = RunLogveil({"batch", dir / "src/*.log", "--out", dir / "out",
                            "--action", "mask", "--threads", "2"});
  CHECK(result.exit_code == 0);
  auto out = Snapshot(dir / "out");
  REQUIRE(out.size() == 1);
  CHECK(out.begin()->first.ends_with("src/a.log"));
  CHECK(out.begin()->second.find("example.com") == std::string::npos);
}

TEST_CASE("batch: identical output for any --jobs", "[unit][batch][e2e]") {
  ScratchDir dir("cli_jobs");
  MakeBigTree(dir / "src", 9);
  for (std::string jobs : {"1", "2", "4"}) {
    auto result = RunLogveil(
        {"batch", dir / "src", "--out", dir / ("out" + jobs), "--jobs", jobs,
         "--progress", "lines", "--progress-interval", "0.005"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.err, Catch::Contains("logveil: batch: files "));
    CHECK_THAT(result.err, Catch::Contains("logveil: batch: 9 files (9 with "
                                           "findings, 0 done before"));
  }
  auto one = Snapshot(dir / "out1");
  CHECK(one.size() == 9);
  CHECK(one == Snapshot(dir / "out2"));
  CHECK(one == Snapshot(dir / "out4"));
}

TEST_CASE("batch: a killed run resumes to the same bytes as a whole run",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_kill");
  MakeBigTree(dir / "src", 24);
  std::vector<std::string> common = {
      "--gzip-level", "9", "--zstd-level", "19",  "--jobs", "1",
      "--threads",    "1", "--progress",   "none"};
  auto whole_args = common;
  whole_args.insert(whole_args.begin(),
                    {"batch", dir / "src", "--out", dir / "whole"});
  REQUIRE(RunLogveil(whole_args).exit_code == 0);
  auto whole = Snapshot(dir / "whole");
  REQUIRE(whole.size() == 24);

  auto args = common;
  args.insert(args.begin(), {"batch", dir / "src", "--out", dir / "part"});
  REQUIRE(
      KillWhenRecorded(args, dir / ("part/" + std::string(kManifestName)), 3));
  // Whatever is in place already is complete.
  auto partial = Snapshot(dir / "part");
  size_t complete = 0;
  for (const auto& [path, bytes] : partial) {
    if (path.ends_with(".logveil-tmp")) continue;
    CHECK(bytes == whole[path]);
    ++complete;
  }
  CHECK(complete >= 2);
  CHECK(complete < 24);

  std::string report = dir / "resume.json";
  args.insert(args.end(), {"--report", report});
  REQUIRE(RunLogveil(args).exit_code == 0);
  CHECK(Snapshot(dir / "part") == whole);
  CHECK_THAT(ReadFile(report), Catch::Contains("\"status\":\"done_before\""));
}

TEST_CASE("batch: a killed in-place run leaves each file old or new",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_kill_in_place");
  MakeBigTree(dir / "src", 24);
  auto original = Snapshot(dir / "src");
  std::vector<std::string> common = {
      "--gzip-level", "9", "--zstd-level", "19",  "--jobs", "2",
      "--threads",    "1", "--progress",   "none"};
  auto mirror = common;
  mirror.insert(mirror.begin(), {"batch", dir / "src", "--out", dir / "ref"});
  REQUIRE(RunLogveil(mirror).exit_code == 0);
  std::string base = fs::path(dir / "src").relative_path().string();
  auto scrubbed = Snapshot(dir / ("ref/" + base));

  auto args = common;
  args.insert(args.begin(), {"batch", dir / "src", "--in-place"});
  // Two jobs: of three recorded files, at least one has been renamed.
  REQUIRE(KillWhenRecorded(args, dir / ("src/d0/" + std::string(kManifestName)),
                           3));
  size_t replaced = 0;
  for (const auto& [path, bytes] : Snapshot(dir / "src")) {
    if (path.ends_with(".logveil-tmp")) continue;
    INFO(path);
    CHECK((bytes == original[path] || bytes == scrubbed[path]));
    replaced += bytes == scrubbed[path];
  }
  CHECK(replaced >= 1);
  REQUIRE(RunLogveil(args).exit_code == 0);
  CHECK(Snapshot(dir / "src") == scrubbed);
}

// Runs the binary with writes capped at `bytes` per file: the kernel fails
// the write that would pass the cap with EFBIG, as a full disk fails with
// ENOSPC, without root or a special filesystem.
logveil::testing::ProcessResult RunWithFileSizeLimit(
    const std::vector<std::string>& args, rlim_t bytes) {
  rlimit saved;
  ::getrlimit(RLIMIT_FSIZE, &saved);
  rlimit capped = saved;
  capped.rlim_cur = bytes;
  auto* old_handler = ::signal(SIGXFSZ, SIG_IGN);  // inherited across exec
  ::setrlimit(RLIMIT_FSIZE, &capped);
  auto result = RunLogveil(args);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  ::signal(SIGXFSZ, old_handler);
  return result;
}

TEST_CASE("batch: in place, a failed write leaves the original untouched",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_full_disk");
  std::string big = "mail bob@example.com\n" + LogText(20000, 7);
  WriteFile(dir / "src/big.log", big);
  WriteFile(dir / "src/small.log", "ip 10.0.0.1\n");
  auto result = RunWithFileSizeLimit(
      {"batch", dir / "src", "--in-place", "--progress", "none"}, 64 << 10);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err,
             Catch::Contains("big.log: write failed: File too large"));
  CHECK(result.err.find("example.com") == std::string::npos);
  CHECK(ReadFile(dir / "src/big.log") == big);
  CHECK(ReadFile(dir / "src/small.log") == "ip [IPV4]\n");
  CheckNoTemporaries(dir / "src");
  // With room again, the rest is done.
  REQUIRE(RunLogveil({"batch", dir / "src", "--in-place"}).exit_code == 0);
  CHECK(ReadFile(dir / "src/big.log").starts_with("mail [EMAIL]\n"));
}

TEST_CASE("batch: symlinks out of the tree are skipped, not followed",
          "[unit][batch][e2e]") {
  ScratchDir dir("cli_symlink");
  WriteFile(dir / "elsewhere/secret.log", "mail bob@example.com\n");
  WriteFile(dir / "src/a.log", "ip 10.0.0.1\n");
  fs::create_symlink(dir / "elsewhere/secret.log", dir / "src/link.log");
  fs::create_directory_symlink(dir / "elsewhere", dir / "src/linkdir");
  auto result = RunLogveil({"batch", dir / "src", "--in-place"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Contains("skipped"));
  CHECK(ReadFile(dir / "elsewhere/secret.log") == "mail bob@example.com\n");
  CHECK(fs::is_symlink(dir / "src/link.log"));
  CHECK(ReadFile(dir / "src/a.log") == "ip [IPV4]\n");
}

}  // namespace
}  // namespace logveil::batch
