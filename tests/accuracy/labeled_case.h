// Labeled cases: the records of ../shared/corpus/labeled/*.jsonl (format in
// labeled/SCHEMA.md) as plain structs, so that the accuracy evaluation never
// sees JSON. labeled_case.cc is the only file of the suite that includes
// simdjson.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/byte_range.h"
#include "base/result.h"

namespace logveil::accuracy {

enum class CaseKind { kPositive, kNegative, kAmbiguous };

// kWholeString: the upstream suite judged the entire string; kInText: the
// spans are positions inside running text.
enum class CaseScope { kWholeString, kInText };

// kListed: byte_spans holds the positions (possibly none for a negative);
// kUnknown: there is at least one instance but no position.
enum class SpanState { kListed, kUnknown };

struct LabeledCase {
  std::string text;
  std::string entity;  // "EMAIL", "IP_ADDRESS", "GEO_COORD", ...
  SpanState span_state = SpanState::kListed;
  std::vector<ByteRange> byte_spans;  // UTF-8 byte offsets into `text`
  CaseKind kind = CaseKind::kPositive;
  CaseScope scope = CaseScope::kInText;
  std::string quality;  // "exact", "policy_dependent", "context_needed", ...
  std::string source;   // upstream "owner/repo@commit:path#line"
  std::string file;     // file stem, e.g. "validatorjs"
  int line = 0;         // 1-based line in the JSONL file
  // Top-level `meta` members: strings as they are, other values as compact
  // JSON ("true", "12", "[\"en-US\"]"). Absent members are absent.
  std::vector<std::pair<std::string, std::string>> meta;
};

// Returns the meta member `key` of `labeled`, or "" if it has none.
std::string_view MetaValue(const LabeledCase& labeled, std::string_view key);

// Reads one JSONL file of labeled cases. Fails on an unreadable file or on a
// line that does not follow SCHEMA.md (the message names file and line).
Result<std::vector<LabeledCase>> LoadLabeledFile(const std::string& path);

// Reads every *.jsonl file in `dir`, in file-name order.
Result<std::vector<LabeledCase>> LoadLabeledDirectory(const std::string& dir);

}  // namespace logveil::accuracy
