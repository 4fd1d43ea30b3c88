#include "batch/file_list.h"

#include <catch2/catch.hpp>

#include "batch/manifest.h"
#include "batch_test_support.h"

namespace logveil::batch {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;
using testing::WriteFile;

// The tree: nested folders, a symlink inside and one leading out, our own
// manifest and temporary, a FIFO.
void MakeTree(const ScratchDir& dir) {
  WriteFile(dir / "src/a.log", "a\n");
  WriteFile(dir / "src/sub/b.log.gz", "b\n");
  WriteFile(dir / "src/sub/deeper/c.log", "c\n");
  WriteFile(dir / "src/.logveil-manifest", "");
  WriteFile(dir / "src/sub/.c.log.logveil-tmp", "");
  WriteFile(dir / "outside/secret.log", "s\n");
  fs::create_symlink("../outside/secret.log", dir / "src/escape.log");
  fs::create_symlink("sub/deeper/c.log", dir / "src/inside.log");
  fs::create_directory_symlink("..", dir / "src/sub/loop");
  ::mkfifo((dir / "src/fifo").c_str(), 0600);
}

std::vector<std::string> Paths(const std::vector<SourceFile>& files,
                               const std::string& root) {
  std::vector<std::string> paths;
  for (const auto& file : files) {
    paths.push_back(fs::path(file.path).lexically_relative(root).string());
  }
  return paths;
}

const FileReport* Find(const FileList& list, const std::string& suffix) {
  for (const auto& report : list.not_listed) {
    if (report.path.ends_with(suffix)) return &report;
  }
  return nullptr;
}

TEST_CASE("trees are walked in name order, symlinks stay in the tree",
          "[unit][batch]") {
  ScratchDir dir("list_tree");
  MakeTree(dir);
  BatchOptions options{.sources = {dir / "src"}, .out_dir = dir / "out"};
  FileList list = ListSources(options);
  CHECK(Paths(list.files, dir.str()) ==
        std::vector<std::string>{"src/a.log", "src/inside.log",
                                 "src/sub/b.log.gz", "src/sub/deeper/c.log"});
  REQUIRE(Find(list, "escape.log"));
  CHECK(Find(list, "escape.log")->status == FileStatus::kSkipped);
  CHECK(Find(list, "escape.log")->error == "symlink leads out of the tree");
  REQUIRE(Find(list, "fifo"));
  CHECK(Find(list, "fifo")->status == FileStatus::kSkipped);
  CHECK(list.not_listed.size() == 2);

  options.symlinks = Symlinks::kFollowAll;
  list = ListSources(options);
  CHECK(list.files.size() == 5);
}

TEST_CASE("mirror paths are kept as given, like tar", "[unit][batch]") {
  ScratchDir dir("list_mirror");
  MakeTree(dir);
  auto cwd = fs::current_path();
  fs::current_path(dir.str());
  BatchOptions options{.sources = {"./src/sub", "src/a.log"}, .out_dir = "out"};
  FileList list = ListSources(options);
  REQUIRE(list.files.size() == 3);
  CHECK(list.files[0].output_path == "out/src/sub/b.log.gz");
  CHECK(list.files[0].manifest_path == "out/.logveil-manifest");
  CHECK(list.files[0].manifest_key == "src/sub/b.log.gz");
  CHECK(list.files[2].output_path == "out/src/a.log");
  fs::current_path(cwd);
  options.sources = {dir / "src/a.log"};
  list = ListSources(options);
  REQUIRE(list.files.size() == 1);
  CHECK(list.files[0].manifest_key ==
        fs::path(dir / "src/a.log").relative_path().string());
}

TEST_CASE("in place: files beside their own manifests, symlinks resolved",
          "[unit][batch]") {
  ScratchDir dir("list_in_place");
  MakeTree(dir);
  BatchOptions options{.sources = {dir / "src"},
                       .placement = Placement::kInPlace};
  FileList list = ListSources(options);
  // inside.log is c.log: listed once, under the first name met.
  REQUIRE(list.files.size() == 3);
  CHECK(list.files[1].path == dir / "src/inside.log");
  CHECK(list.files[1].output_path ==
        fs::canonical(dir / "src/sub/deeper/c.log").string());
  CHECK(list.files[1].manifest_key == "c.log");
  CHECK(list.files[1].manifest_path ==
        fs::canonical(dir / "src/sub/deeper").string() + "/" + kManifestName);
}

TEST_CASE("globs, missing files, hard links and collisions are reported",
          "[unit][batch]") {
  ScratchDir dir("list_problems");
  MakeTree(dir);
  fs::create_hard_link(dir / "src/a.log", dir / "src/a2.log");
  BatchOptions options{
      .sources = {dir / "src/sub/*.gz", dir / "nope.log", dir / "src/*.none"},
      .placement = Placement::kInPlace};
  FileList list = ListSources(options);
  REQUIRE(list.files.size() == 1);
  CHECK(list.files[0].path == dir / "src/sub/b.log.gz");
  REQUIRE(list.not_listed.size() == 2);
  CHECK_THAT(list.not_listed[0].error, Catch::Contains("No such file"));
  CHECK(list.not_listed[1].error ==
        dir / "src/*.none" + ": no file matches this pattern");

  options.sources = {dir / "src/a.log"};
  list = ListSources(options);
  REQUIRE(list.not_listed.size() == 1);
  CHECK_THAT(list.not_listed[0].error, Catch::Contains("2 hard links"));

  options.placement = Placement::kMirror;
  options.out_dir = dir / "out";
  options.sources = {dir / "src/a.log", dir / "src/../src/a.log",
                     dir / "outside/../src/sub/b.log.gz"};
  list = ListSources(options);
  CHECK(list.files.size() == 2);  // the same file named twice: once
  CHECK(list.not_listed.empty());
}

TEST_CASE("the output directory inside a source tree is not read",
          "[unit][batch]") {
  ScratchDir dir("list_out_inside");
  WriteFile(dir / "src/a.log", "a\n");
  WriteFile(dir / "src/out/src/a.log", "old output\n");
  BatchOptions options{.sources = {dir / "src"}, .out_dir = dir / "src/out"};
  FileList list = ListSources(options);
  REQUIRE(list.files.size() == 1);
  CHECK(list.files[0].path == dir / "src/a.log");
}

}  // namespace
}  // namespace logveil::batch
