// Every built-in entry that names a fast path (confirm/finder.h, FastPath)
// against its own regex on every line of the corpora: where the fast path
// decides a line, it must find exactly what the regex finds.
#include <catch2/catch.hpp>

#include "accuracy/corpus_fixture.h"
#include "accuracy/labeled_case.h"
#include "accuracy/log_corpus.h"
#include "catalog/catalog.h"
#include "confirm/finder.h"
#include "regex/regex.h"

namespace logveil::accuracy {
namespace {

class FastPathCheck {
 public:
  FastPathCheck() {
    auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    for (const catalog::PatternSpec& spec : catalog.value().specs()) {
      if (spec.fast_path.empty()) continue;
      auto regex = regex::Regex::Compile(spec.regex, spec.capture);
      REQUIRE(regex.ok());
      entries_.push_back({spec.id, std::move(regex).value(),
                          confirm::LookupFastPath(spec.fast_path)});
      REQUIRE(entries_.back().fast_path != nullptr);
    }
    REQUIRE(entries_.size() >= 3);
  }

  // Checks one line; `where` names it in a failure.
  void Line(std::string_view line, const std::string& where) {
    bool has_at = line.find('@') != std::string_view::npos;
    for (Entry& entry : entries_) {
      fast_.clear();
      bool decided = entry.fast_path(line, fast_);
      entry.lines_with_at += has_at;
      entry.decided_with_at += has_at && decided;
      if (!decided) continue;
      slow_.clear();
      entry.regex.FindAll(line, slow_);
      if (fast_ != slow_) FAIL_CHECK(where << ": " << entry.id << " differs");
    }
  }

  // The built-in fast paths are all for kinds that hold an '@': each must
  // decide most lines that have one, or it saves nothing.
  void CheckMostDecided() const {
    for (const Entry& entry : entries_) {
      CAPTURE(entry.id);
      CHECK(entry.decided_with_at > entry.lines_with_at / 2);
    }
  }

 private:
  struct Entry {
    std::string id;
    regex::Regex regex;
    confirm::FastPath fast_path;
    size_t lines_with_at = 0;
    size_t decided_with_at = 0;
  };
  std::vector<Entry> entries_;
  std::vector<ByteRange> fast_, slow_;
};

TEST_CASE("fast paths agree with their regexes on the real logs",
          "[accuracy]") {
  FastPathCheck check;
  for (const std::string& path : RealLogFiles(kCorpusDir)) {
    auto bytes = ReadFileBytes(path);
    REQUIRE(bytes.ok());
    ForEachLine(bytes.value(), [&](std::string_view line, uint64_t number) {
      check.Line(line, path + ":" + std::to_string(number));
    });
  }
  check.CheckMostDecided();
}

TEST_CASE("fast paths agree with their regexes on the labeled cases",
          "[accuracy]") {
  auto cases = LoadLabeledDirectory(kCorpusDir + "/labeled");
  REQUIRE(cases.ok());
  FastPathCheck check;
  for (const LabeledCase& labeled : cases.value()) {
    ForEachLine(labeled.text, [&](std::string_view line, uint64_t) {
      check.Line(line, labeled.file + ":" + std::to_string(labeled.line));
    });
  }
  check.CheckMostDecided();
}

}  // namespace
}  // namespace logveil::accuracy
