// The e-mail fast path (confirm/email_span.h) against the contact.email
// regex on every line of the corpora: where the fast path decides a line,
// it must find exactly what the regex finds.
#include <catch2/catch.hpp>

#include "accuracy/corpus_fixture.h"
#include "accuracy/labeled_case.h"
#include "accuracy/log_corpus.h"
#include "catalog/catalog.h"
#include "confirm/email_span.h"
#include "regex/regex.h"

namespace logveil::accuracy {
namespace {

class FastPathCheck {
 public:
  FastPathCheck() {
    auto catalog = catalog::Catalog::Load({});
    REQUIRE(catalog.ok());
    const catalog::PatternSpec* spec = catalog.value().Find("contact.email");
    REQUIRE(spec != nullptr);
    auto email = regex::Regex::Compile(spec->regex, spec->capture);
    REQUIRE(email.ok());
    regex_.emplace(std::move(email).value());
  }

  // Checks one line; `where` names it in a failure.
  void Line(std::string_view line, const std::string& where) {
    if (line.find('@') == std::string_view::npos) return;
    ++lines_;
    fast_.clear();
    if (!confirm::FindEmailSpans(line, fast_)) return;
    ++decided_;
    slow_.clear();
    regex_->FindAll(line, slow_);
    if (fast_ != slow_) FAIL_CHECK(where << ": fast path and regex differ");
  }

  size_t lines() const { return lines_; }
  size_t decided() const { return decided_; }

 private:
  std::optional<regex::Regex> regex_;
  std::vector<ByteRange> fast_, slow_;
  size_t lines_ = 0;    // lines with an '@'
  size_t decided_ = 0;  // of those, lines the fast path decided
};

TEST_CASE("email fast path agrees with the regex on the real logs",
          "[accuracy]") {
  FastPathCheck check;
  for (const std::string& path : RealLogFiles(kCorpusDir)) {
    auto bytes = ReadFileBytes(path);
    REQUIRE(bytes.ok());
    ForEachLine(bytes.value(), [&](std::string_view line, uint64_t number) {
      check.Line(line, path + ":" + std::to_string(number));
    });
  }
  CHECK(check.decided() > check.lines() / 2);
}

TEST_CASE("email fast path agrees with the regex on the labeled cases",
          "[accuracy]") {
  auto cases = LoadLabeledDirectory(kCorpusDir + "/labeled");
  REQUIRE(cases.ok());
  FastPathCheck check;
  for (const LabeledCase& labeled : cases.value()) {
    ForEachLine(labeled.text, [&](std::string_view line, uint64_t) {
      check.Line(line, labeled.file + ":" + std::to_string(labeled.line));
    });
  }
  CHECK(check.decided() > check.lines() / 2);
}

}  // namespace
}  // namespace logveil::accuracy
