// Property test over real and synthetic JSON: for every JSON line of the
// corpora under LOGVEIL_SHARED_DIR (Fluent Bit, OpenTelemetry, NGINX Plus,
// Filebeat) and the events of bench/gen_corpus.py, the scrubbed line parses
// and has the same keys in the same order, and scrubbing it again changes
// nothing. simdjson's DOM parser is the independent judge.
#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_test_engine.h"

namespace logveil::json {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = LOGVEIL_SHARED_DIR;

// Appends every key of `element`, depth first, with its depth.
void CollectKeys(simdjson::dom::element element, int depth,
                 std::vector<std::string>& keys) {
  switch (element.type()) {
    case simdjson::dom::element_type::OBJECT:
      for (auto field : simdjson::dom::object(element)) {
        keys.push_back(std::to_string(depth) + ":" + std::string(field.key));
        CollectKeys(field.value, depth + 1, keys);
      }
      break;
    case simdjson::dom::element_type::ARRAY:
      for (auto child : simdjson::dom::array(element)) {
        CollectKeys(child, depth + 1, keys);
      }
      break;
    default:
      break;
  }
}

bool Keys(simdjson::dom::parser& parser, const std::string& line,
          std::vector<std::string>& keys) {
  keys.clear();
  simdjson::dom::element root;
  if (parser.parse(line).get(root)) return false;
  CollectKeys(root, 0, keys);
  return true;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The JSON lines of a file; a file holding one pretty-printed document
// counts as one line (its newlines are whitespace, so joined with spaces).
std::vector<std::string> JsonLines(const fs::path& path,
                                   simdjson::dom::parser& parser) {
  std::string text = ReadAll(path);
  std::vector<std::string> lines;
  simdjson::dom::element root;
  if (!parser.parse(text).get(root) && (root.is_object() || root.is_array())) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    lines.push_back(text);
    return lines;
  }
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (LooksLikeJson(line) && !parser.parse(line).get(root)) {
      lines.push_back(line);
    }
  }
  return lines;
}

std::vector<fs::path> CorpusFiles() {
  std::vector<fs::path> files;
  for (const char* dir :
       {"fluent-bit", "otel-proto", "elastic-examples", "beats-filebeat"}) {
    if (!fs::exists(kShared / "corpus" / dir)) continue;
    for (const auto& entry :
         fs::recursive_directory_iterator(kShared / "corpus" / dir)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Generates the synthetic events (4 MiB) once; empty if python3 is missing.
fs::path SyntheticEvents() {
  fs::path dir = fs::temp_directory_path() /
                 ("logveil_json_corpus_" + std::to_string(::getpid()));
  std::string command =
      "python3 '" + (kShared / "bench/gen_corpus.py").string() + "' --out '" +
      dir.string() + "' --text-size 0 --json-size 4M >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) return {};
  return dir / "events.jsonl";
}

struct Checked {
  size_t lines = 0;
  size_t changed = 0;
};

void CheckLines(const std::vector<std::string>& lines,
                const std::string& policy, const std::string& where,
                simdjson::dom::parser& parser, Checked& checked) {
  std::vector<std::string> before, after;
  for (size_t i = 0; i < lines.size(); ++i) {
    INFO(where << " line " << i + 1);
    REQUIRE(Keys(parser, lines[i], before));
    std::string once = testing::Scrub(lines[i], policy);
    REQUIRE(Keys(parser, once, after));
    CHECK(after == before);
    CHECK(testing::Scrub(once, policy) == once);
    ++checked.lines;
    checked.changed += once != lines[i];
  }
}

// Without the built-in rules nothing is redacted whole, so every key stays.
const std::string kScanOnly = "json:\n  defaults: false\n";

TEST_CASE("corpus JSON lines stay valid with the same keys",
          "[unit][json][corpus]") {
  simdjson::dom::parser parser;
  Checked checked;
  for (const auto& file : CorpusFiles()) {
    auto lines = JsonLines(file, parser);
    CheckLines(lines, kScanOnly, file.string(), parser, checked);
  }
  INFO("corpus lines checked: " << checked.lines);
  CHECK(checked.lines >= 200);
}

TEST_CASE("corpus JSON lines stay valid under the built-in rules",
          "[unit][json][corpus]") {
  simdjson::dom::parser parser;
  std::vector<std::string> keys;
  for (const auto& file : CorpusFiles()) {
    for (const auto& line : JsonLines(file, parser)) {
      INFO(file.string());
      std::string once = testing::Scrub(line);
      CHECK(Keys(parser, once, keys));
      CHECK(testing::Scrub(once) == once);
    }
  }
}

TEST_CASE("synthetic events stay valid with the same keys",
          "[unit][json][corpus]") {
  fs::path events = SyntheticEvents();
  if (events.empty() || !fs::exists(events)) {
    WARN("python3 or gen_corpus.py unavailable: synthetic events skipped");
    return;
  }
  std::istringstream in(ReadAll(events));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  fs::remove_all(events.parent_path());
  simdjson::dom::parser parser;
  Checked checked;
  CheckLines(lines, kScanOnly, "events.jsonl", parser, checked);
  CHECK(checked.lines == lines.size());
  // The generator puts personal data in most events.
  CHECK(checked.changed > lines.size() / 2);
}

}  // namespace
}  // namespace logveil::json
