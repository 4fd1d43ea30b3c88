// EditPlan: what scrubbing a batch of records will change, built before
// anything is scanned. Walking a document records edits (byte ranges of its
// text and what replaces them) and gathers every text to scan into one
// buffer, separated by '\n', so the Scanner runs once per batch, as it does
// for text lines; findings are then handed back to the edits that own them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "detect/finding.h"

namespace logveil::json {

enum class EditKind : uint8_t {
  kText,     // a whole text record: findings spliced in as they are
  kString,   // a string body: findings spliced in, re-escaped
  kNumber,   // a number token: if anything is found, it becomes a string
  kReplace,  // the range is replaced by fixed bytes (field rules, GEO)
  kDelete,   // the range is removed (drop)
  kNested,   // a string token holding JSON: scrubbed as its own document
};

constexpr uint32_t kNone = UINT32_MAX;

// A byte range with 32-bit offsets: a batch plan holds one per value, and
// half the size keeps it in cache (records are far below 4 GiB).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  // Unchecked, as Token::Key: spans are made from offsets in the text.
  std::string_view In(std::string_view text) const {
    return std::string_view(text.data() + begin, end - begin);
  }
};

struct Edit {
  Span range;  // in the document's text; sorted, disjoint per document
  EditKind kind;
  // kText/kString/kNumber: segment; kReplace: replacement; kNested: document.
  uint32_t target = kNone;
  int filter = -1;  // kString/kNumber: the scan rule limiting detectors
  // kReplace/kDelete: from the start; the others once findings are known.
  bool changes = false;
};

// One text in the scan buffer.
struct ScanSegment {
  Span range;                  // in EditPlan::scan_text
  uint32_t offsets = kNone;    // decoded from escapes: map in EditPlan::offsets
  uint32_t first_finding = 0;  // its findings: [first, last) in findings
  uint32_t last_finding = 0;
  uint32_t edit = kNone;      // the edit it is scanned for
  uint32_t document = kNone;  // and the document holding that edit
};

struct Document {
  std::string_view text;
  uint32_t first_edit = 0;  // its edits: [first, last) in EditPlan::edits
  uint32_t last_edit = 0;
  uint32_t parent = kNone;       // the document holding it, if nested
  uint32_t parent_edit = kNone;  // and the kNested edit there
  int depth = 0;             // containers around its root (stringified JSON)
  std::string_view context;  // the key it is the value of, if nested
  int filter = -1;           // the scan rule in force where it was found
  bool scanned = false;      // a scan rule asked for it (fail-closed)
  bool changed = false;      // a fixed edit from the start; else by findings
};

struct EditPlan {
  std::vector<Document> documents;
  std::vector<Edit> edits;
  std::string scan_text;
  std::vector<ScanSegment> segments;
  std::vector<uint32_t> offsets;
  std::vector<detect::Finding> findings;
  std::string replacement_bytes;
  std::vector<ByteRange> replacements;  // into replacement_bytes
  // Decoded texts of nested documents, with padding for in-place parsing.
  // Pointers, so a text stays put while more are added.
  std::vector<std::unique_ptr<std::string>> nested_texts;
  size_t nested_used = 0;

  void Clear() {
    documents.clear();
    edits.clear();
    scan_text.clear();
    segments.clear();
    offsets.clear();
    findings.clear();
    replacement_bytes.clear();
    replacements.clear();
    nested_used = 0;
  }

  // Appends the context of a value to scan: the key it belongs to, as
  // "key: ", so finders that look at the words before a value (a phone
  // number under "mobile", an id under "order_id") see what they would in
  // a text log; a command-line option an argument follows as "--option "
  // (DocumentWalker::OptionBefore). Keys are never changed, so findings in
  // it are dropped.
  void AddContext(std::string_view key) {
    if (key.empty()) return;
    constexpr size_t kMaxContextBytes = 32;
    if (key.size() > kMaxContextBytes) {
      key.remove_prefix(key.size() - kMaxContextBytes);
    }
    scan_text.append(key);
    scan_text.append(key[0] == '-' ? " " : ": ");
  }
  // Adds `text` to the scan buffer as a new segment; returns its index.
  uint32_t AddSegment(std::string_view text, std::string_view context = {}) {
    AddContext(context);
    size_t begin = scan_text.size();
    scan_text.append(text);
    return CloseSegment(begin, kNone);
  }
  // Ends the segment whose text was appended from `begin` on.
  uint32_t CloseSegment(size_t begin, uint32_t offsets_at) {
    segments.push_back(
        {{uint32_t(begin), uint32_t(scan_text.size())}, offsets_at, 0, 0});
    scan_text.push_back('\n');
    return uint32_t(segments.size() - 1);
  }
  // Appends `edit` (kText, kString or kNumber) of document `doc`: it
  // changes what findings in its segment, edit.target, say.
  void AddScanEdit(uint32_t doc, const Edit& edit) {
    SetOwner(edit.target, doc, uint32_t(edits.size()));
    edits.push_back(edit);
  }
  // Makes segment `segment` the one scanned for edit `edit` of `doc`.
  void SetOwner(uint32_t segment, uint32_t doc, uint32_t edit) {
    segments[segment].edit = edit;
    segments[segment].document = doc;
  }
  // Appends `edit` (kReplace or kDelete) of document `doc`: it changes the
  // document whatever is found.
  void AddFixedEdit(uint32_t doc, Edit edit) {
    edit.changes = true;
    documents[doc].changed = true;
    edits.push_back(edit);
  }
  uint32_t AddReplacement(std::string_view bytes) {
    size_t begin = replacement_bytes.size();
    replacement_bytes.append(bytes);
    replacements.push_back({begin, replacement_bytes.size()});
    return uint32_t(replacements.size() - 1);
  }
  std::string_view Replacement(uint32_t index) const {
    return replacements[index].In(replacement_bytes);
  }
  // Returns an empty buffer for a nested document's text.
  std::string& NewNestedText() {
    if (nested_used == nested_texts.size()) {
      nested_texts.push_back(std::make_unique<std::string>());
    }
    std::string& text = *nested_texts[nested_used++];
    text.clear();
    return text;
  }
};

}  // namespace logveil::json
