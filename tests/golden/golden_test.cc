// Golden files: tests/golden/cases/<name>.input.<ext> scrubbed by the real
// binary must equal <name>.expected.<ext> byte for byte. Optional
// <name>.args holds extra arguments, one per line; `{cases}` in them expands
// to the cases directory. The hash key is fixed for reproducible tokens.
// LOGVEIL_UPDATE_GOLDEN=1 rewrites the expected files for review.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/process.h"

namespace logveil {
namespace {

namespace fs = std::filesystem;

const fs::path kCases = fs::path(LOGVEIL_SOURCE_DIR) / "tests/golden/cases";

std::vector<std::string> ReadArgs(const fs::path& path) {
  std::vector<std::string> args;
  if (!fs::exists(path)) return args;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    if (auto at = line.find("{cases}"); at != std::string::npos) {
      line.replace(at, 7, kCases.string());
    }
    args.push_back(line);
  }
  return args;
}

std::vector<fs::path> InputFiles() {
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.path().stem().extension() == ".input") {
      inputs.push_back(entry.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

TEST_CASE("golden files", "[golden]") {
  auto inputs = InputFiles();
  REQUIRE(inputs.size() >= 5);
  for (const auto& input : inputs) {
    std::string name = input.stem().stem().string();
    DYNAMIC_SECTION(name) {
      fs::path expected_path =
          kCases / (name + ".expected" + input.extension().string());
      auto result = testing::RunLogveil(ReadArgs(kCases / (name + ".args")),
                                        testing::ReadFile(input),
                                        {"LOGVEIL_HASH_KEY=golden-test-key"});
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      if (std::getenv("LOGVEIL_UPDATE_GOLDEN")) {
        std::ofstream(expected_path, std::ios::binary) << result.out;
      }
      CHECK(result.out == testing::ReadFile(expected_path));
    }
  }
}

}  // namespace
}  // namespace logveil
