#include "json/json_scrubber.h"

#include <cstring>

#include "confirm/byte_classes.h"
#include "json/json_string.h"

namespace logveil::json {
namespace {

// Lines are planned, scanned and written this many bytes at a time, so a
// plan (an edit per value) stays in cache from one step to the next while
// the scanner still gets long texts.
constexpr size_t kGroupBytes = 64 * 1024;

bool IsBlank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace

JsonScrubber::JsonScrubber(const detect::DetectorSet& detectors,
                           const transform::ActionTable& actions,
                           const JsonRules& rules, Format format)
    : scanner_(detectors),
      rules_(rules),
      format_(format),
      walker_(rules, detectors, actions),
      applier_(detectors, actions, rules) {}

bool JsonScrubber::Wants(std::string_view lines) const {
  if (format_ != Format::kAuto) return format_ == Format::kJson;
  // Only lines that open with a bracket, maybe after blanks, may be JSON.
  constexpr std::string_view kFirsts = "{[ \t\r";
  for (size_t start = confirm::FindLineStart(lines, 0, kFirsts);
       start < lines.size();
       start = confirm::FindLineStart(lines, start + 1, kFirsts)) {
    size_t at = start;
    while (at < lines.size() &&
           (lines[at] == ' ' || lines[at] == '\t' || lines[at] == '\r')) {
      ++at;
    }
    if (at == lines.size() || (lines[at] != '{' && lines[at] != '[')) continue;
    const void* newline =
        std::memchr(lines.data() + at, '\n', lines.size() - at);
    size_t end = newline ? static_cast<const char*>(newline) - lines.data()
                         : lines.size();
    if (LooksLikeJson(lines.substr(start, end - start))) return true;
  }
  return false;
}

void JsonScrubber::Scrub(std::string_view lines, size_t readable,
                         std::string& out, report::Stats& stats) {
  for (size_t at = 0; at < lines.size();) {
    size_t end = lines.size();
    if (at + kGroupBytes < lines.size()) {
      const void* newline = std::memchr(lines.data() + at + kGroupBytes, '\n',
                                        lines.size() - at - kGroupBytes);
      if (newline) end = static_cast<const char*>(newline) - lines.data() + 1;
    }
    ScrubGroup(lines.substr(at, end - at), readable > at ? readable - at : 0,
               out, stats);
    at = end;
  }
}

void JsonScrubber::ScrubGroup(std::string_view lines, size_t readable,
                              std::string& out, report::Stats& stats) {
  plan_.Clear();
  lines_.clear();
  for (size_t at = 0; at < lines.size();) {
    const void* newline =
        std::memchr(lines.data() + at, '\n', lines.size() - at);
    size_t content_end = newline
                             ? static_cast<const char*>(newline) - lines.data()
                             : lines.size();
    ByteRange content{at, content_end};
    size_t end = newline ? content_end + 1 : content_end;
    lines_.push_back({content, PlanLine(lines, readable, content, stats)});
    at = end;
  }
  scanner_.Scan(plan_.scan_text, plan_.findings);
  applier_.Resolve(plan_, stats);
  // Runs of unchanged lines are copied as one block.
  size_t copied = 0;
  for (const Line& line : lines_) {
    if (line.document == kNone || !plan_.documents[line.document].changed) {
      continue;
    }
    out.append(lines.substr(copied, line.content.begin - copied));
    applier_.Append(plan_, line.document, out);
    copied = line.content.end;
    ++stats.records_rewritten;
  }
  out.append(lines.substr(copied));
}

uint32_t JsonScrubber::PlanLine(std::string_view lines, size_t readable,
                                ByteRange content, report::Stats& stats) {
  std::string_view text = content.In(lines);
  if (format_ != Format::kText && LooksLikeJson(text)) {
    size_t after = readable > content.begin ? readable - content.begin : 0;
    auto result = tokenizer_.Tokenize(text, after, rules_.max_depth(), tokens_);
    if (result == TokenizeResult::kOk) {
      ++stats.json_records;
      uint32_t doc = AddDocument(text);
      size_t first_nested = plan_.documents.size();
      walker_.Walk(doc, tokens_, plan_, stats);
      PlanNested(uint32_t(first_nested), stats);
      return doc;
    }
    if (result == TokenizeResult::kTooDeep) ++stats.json_too_deep;
    return PlanFallback(text, stats);
  }
  if (IsBlank(text)) return kNone;
  if (format_ == Format::kJson) return PlanFallback(text, stats);
  uint32_t doc = AddDocument(text);
  plan_.AddScanEdit(
      doc,
      {{0, uint32_t(text.size())}, EditKind::kText, plan_.AddSegment(text)});
  plan_.documents[doc].last_edit = uint32_t(plan_.edits.size());
  return doc;
}

// Strings that looked like JSON were queued as documents; walk those that
// are, and scan the others as the strings they are.
void JsonScrubber::PlanNested(uint32_t first, report::Stats& stats) {
  for (uint32_t doc = first; doc < plan_.documents.size(); ++doc) {
    std::string_view text = plan_.documents[doc].text;
    int budget = rules_.max_depth() - plan_.documents[doc].depth;
    auto result = budget < 1 ? TokenizeResult::kTooDeep
                             : tokenizer_.Tokenize(
                                   text, text.size() + Tokenizer::kPaddingBytes,
                                   budget, tokens_);
    if (result == TokenizeResult::kOk) {
      walker_.Walk(doc, tokens_, plan_, stats);
      continue;
    }
    if (result == TokenizeResult::kTooDeep) ++stats.json_too_deep;
    uint32_t parent_edit = plan_.documents[doc].parent_edit;
    uint32_t parent_doc = plan_.documents[doc].parent;
    Edit& edit = plan_.edits[parent_edit];
    std::string_view parent = plan_.documents[parent_doc].text;
    edit.kind = EditKind::kString;
    edit.range = {edit.range.begin + 1, edit.range.end - 1};
    std::string_view raw = edit.range.In(parent);
    std::string_view context = plan_.documents[doc].context;
    if (raw.find('\\') == std::string_view::npos) {
      edit.target = plan_.AddSegment(raw, context);
    } else {
      plan_.AddContext(context);
      size_t start = plan_.scan_text.size();
      auto offsets = uint32_t(plan_.offsets.size());
      Unescape(raw, plan_.scan_text, &plan_.offsets);
      edit.target = plan_.CloseSegment(start, offsets);
    }
    plan_.SetOwner(edit.target, parent_doc, parent_edit);
  }
}

// A line that should have been JSON and is not: scanned as text, or, under
// a fail-closed policy, replaced whole (keeping a CR before the newline).
uint32_t JsonScrubber::PlanFallback(std::string_view text,
                                    report::Stats& stats) {
  ++stats.json_fallbacks;
  uint32_t doc = AddDocument(text);
  if (rules_.fail_closed()) {
    size_t end = text.size() - (text.ends_with('\r') ? 1 : 0);
    plan_.AddFixedEdit(doc, {{0, uint32_t(end)},
                             EditKind::kReplace,
                             plan_.AddReplacement("[REDACTED]")});
  } else {
    plan_.AddScanEdit(
        doc,
        {{0, uint32_t(text.size())}, EditKind::kText, plan_.AddSegment(text)});
  }
  plan_.documents[doc].last_edit = uint32_t(plan_.edits.size());
  return doc;
}

uint32_t JsonScrubber::AddDocument(std::string_view text) {
  Document document;
  document.text = text;
  document.first_edit = document.last_edit = uint32_t(plan_.edits.size());
  plan_.documents.push_back(document);
  return uint32_t(plan_.documents.size() - 1);
}

}  // namespace logveil::json
