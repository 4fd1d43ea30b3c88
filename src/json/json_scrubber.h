// JsonScrubber: scrubs a batch of complete lines in which some or all
// lines are JSON documents (NDJSON). Each JSON line is tokenized and walked
// into edits; every other line, and every line that looks like JSON but is
// not (invalid, or nested deeper than the policy allows), is scanned as
// text. All the texts to scan in the batch go through the Scanner in one
// call. Lines with nothing to change are copied byte for byte; changed
// documents keep their keys, order, whitespace and untouched values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/scanner.h"
#include "json/document_walker.h"
#include "json/edit_apply.h"
#include "json/edit_plan.h"
#include "json/key_rules.h"
#include "json/tokenizer.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::json {

// --format: kAuto takes a line as JSON if it looks like JSON (first
// non-blank byte '{', or '[' with a last non-blank byte ']': see
// LooksLikeJson) and parses; kJson expects every non-blank line to be JSON
// and counts the others as fallbacks; kText never parses.
enum class Format { kAuto, kText, kJson };

// "text" and "json" name their formats; anything else is kAuto.
inline Format ParseFormat(std::string_view name) {
  if (name == "text") return Format::kText;
  if (name == "json") return Format::kJson;
  return Format::kAuto;
}

class JsonScrubber {
 public:
  // All references must outlive the scrubber. One per thread.
  JsonScrubber(const detect::DetectorSet& detectors,
               const transform::ActionTable& actions, const JsonRules& rules,
               Format format);

  // Returns true if `lines` need this scrubber: some line looks like JSON,
  // or the format is kJson. Otherwise the whole-batch text path is exact.
  bool Wants(std::string_view lines) const;

  // Appends the scrubbed form of `lines` to `out` and counts findings,
  // rewritten records and the json_* counters in `stats`. `readable`
  // bytes from lines.data() on may be read (Tokenizer::kPaddingBytes past
  // the end lets the last line be parsed in place).
  void Scrub(std::string_view lines, size_t readable, std::string& out,
             report::Stats& stats);

 private:
  // One line of a group: its content (without '\n') and its document in
  // the plan (kNone for a blank line).
  struct Line {
    ByteRange content;
    uint32_t document;
  };

  void ScrubGroup(std::string_view lines, size_t readable, std::string& out,
                  report::Stats& stats);
  uint32_t PlanLine(std::string_view lines, size_t readable, ByteRange content,
                    report::Stats& stats);
  void PlanNested(uint32_t first, report::Stats& stats);
  uint32_t PlanFallback(std::string_view text, report::Stats& stats);
  uint32_t AddDocument(std::string_view text);

  detect::Scanner scanner_;
  const JsonRules& rules_;
  Format format_;
  Tokenizer tokenizer_;
  DocumentWalker walker_;
  EditApplier applier_;
  EditPlan plan_;
  std::vector<Token> tokens_;
  std::vector<Line> lines_;
};

}  // namespace logveil::json
