#include "accuracy/labeled_case.h"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace logveil::accuracy {
namespace {

namespace fs = std::filesystem;

// A schema error: names the file and line, never the case's text.
Error SchemaError(const LabeledCase& labeled, std::string_view what) {
  return MakeError(ErrorCode::kConfig,
                   labeled.file + ".jsonl:" + std::to_string(labeled.line) +
                       ": " + std::string(what));
}

Status ReadString(simdjson::dom::element record, const char* field,
                  std::string& out) {
  std::string_view value;
  if (record[field].get_string().get(value) != simdjson::SUCCESS) {
    return MakeError(ErrorCode::kConfig,
                     std::string("missing string ") + field);
  }
  out.assign(value);
  return Ok{};
}

// byte_spans is [[begin, end], ...] or one of the strings "none"/"unknown".
Status ReadSpans(simdjson::dom::element spans, LabeledCase& labeled) {
  std::string_view word;
  if (spans.get_string().get(word) == simdjson::SUCCESS) {
    if (word == "unknown") labeled.span_state = SpanState::kUnknown;
    if (word == "none" || word == "unknown") return Ok{};
    return MakeError(ErrorCode::kConfig, "bad byte_spans word");
  }
  simdjson::dom::array list;
  if (spans.get_array().get(list) != simdjson::SUCCESS) {
    return MakeError(ErrorCode::kConfig, "byte_spans is not a list");
  }
  for (simdjson::dom::element pair : list) {
    uint64_t begin = 0;
    uint64_t end = 0;
    if (pair.at(0).get_uint64().get(begin) != simdjson::SUCCESS ||
        pair.at(1).get_uint64().get(end) != simdjson::SUCCESS || begin > end ||
        end > labeled.text.size()) {
      return MakeError(ErrorCode::kConfig, "bad byte span");
    }
    labeled.byte_spans.push_back({begin, end});
  }
  return Ok{};
}

Status ReadEnums(const std::string& kind, const std::string& scope,
                 LabeledCase& labeled) {
  if (kind == "positive") {
    labeled.kind = CaseKind::kPositive;
  } else if (kind == "negative") {
    labeled.kind = CaseKind::kNegative;
  } else if (kind == "ambiguous") {
    labeled.kind = CaseKind::kAmbiguous;
  } else {
    return MakeError(ErrorCode::kConfig, "bad kind");
  }
  if (scope == "whole_string") {
    labeled.scope = CaseScope::kWholeString;
  } else if (scope == "in_text") {
    labeled.scope = CaseScope::kInText;
  } else {
    return MakeError(ErrorCode::kConfig, "bad scope");
  }
  return Ok{};
}

void ReadMeta(simdjson::dom::element record, LabeledCase& labeled) {
  simdjson::dom::object meta;
  if (record["meta"].get_object().get(meta) != simdjson::SUCCESS) return;
  for (auto [key, value] : meta) {
    std::string_view text;
    std::string rendered = value.get_string().get(text) == simdjson::SUCCESS
                               ? std::string(text)
                               : simdjson::minify(value);
    labeled.meta.emplace_back(std::string(key), std::move(rendered));
  }
}

Status ParseRecord(simdjson::dom::parser& parser, std::string_view json,
                   LabeledCase& labeled) {
  simdjson::dom::element record;
  if (parser.parse(json.data(), json.size()).get(record) != simdjson::SUCCESS) {
    return MakeError(ErrorCode::kConfig, "not JSON");
  }
  std::string kind;
  std::string scope;
  for (auto [field, out] : {std::pair{"text", &labeled.text},
                            {"entity", &labeled.entity},
                            {"kind", &kind},
                            {"scope", &scope},
                            {"quality", &labeled.quality},
                            {"source", &labeled.source}}) {
    if (auto read = ReadString(record, field, *out); !read.ok()) return read;
  }
  if (auto read = ReadEnums(kind, scope, labeled); !read.ok()) return read;
  simdjson::dom::element spans;
  if (record["byte_spans"].get(spans) != simdjson::SUCCESS) {
    return MakeError(ErrorCode::kConfig, "missing byte_spans");
  }
  if (auto read = ReadSpans(spans, labeled); !read.ok()) return read;
  ReadMeta(record, labeled);
  return Ok{};
}

}  // namespace

std::string_view MetaValue(const LabeledCase& labeled, std::string_view key) {
  for (const auto& [name, value] : labeled.meta) {
    if (name == key) return value;
  }
  return {};
}

Result<std::vector<LabeledCase>> LoadLabeledFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, "cannot read " + path);
  simdjson::dom::parser parser;
  std::vector<LabeledCase> cases;
  std::string json;
  int line = 0;
  while (std::getline(in, json)) {
    ++line;
    if (json.empty()) continue;
    LabeledCase labeled;
    labeled.file = fs::path(path).stem().string();
    labeled.line = line;
    if (auto parsed = ParseRecord(parser, json, labeled); !parsed.ok()) {
      return SchemaError(labeled, parsed.error().message);
    }
    cases.push_back(std::move(labeled));
  }
  return cases;
}

Result<std::vector<LabeledCase>> LoadLabeledDirectory(const std::string& dir) {
  std::vector<fs::path> paths;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".jsonl") paths.push_back(entry.path());
  }
  if (error) return MakeError(ErrorCode::kIo, "cannot list " + dir);
  std::sort(paths.begin(), paths.end());
  std::vector<LabeledCase> all;
  for (const auto& path : paths) {
    auto cases = LoadLabeledFile(path.string());
    if (!cases.ok()) return cases.error();
    for (auto& labeled : cases.value()) all.push_back(std::move(labeled));
  }
  return all;
}

}  // namespace logveil::accuracy
