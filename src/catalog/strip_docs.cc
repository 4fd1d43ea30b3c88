// Build-time tool: copies pattern files with each entry's documentation and
// tests (description, references, examples, negative_examples,
// scrub_examples) blanked out, for the catalog the scanner loads. They are
// ~80 % of the bytes and parsing them took a third of start-up; only
// `logveil patterns` reads them, from the full copy. Lines are blanked, not
// removed, so every entry keeps its "file:line" origin.
//
// Usage: logveil_strip_pattern_docs OUT_DIR FILE...
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

// Entry keys sit at this indentation ("  - id: ..." then "    key: ...").
constexpr size_t kEntryIndent = 4;
constexpr std::string_view kStrippedKeys[] = {"description", "references",
                                              "examples", "negative_examples",
                                              "scrub_examples"};

size_t Indentation(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// True for "    <stripped key>:" at the entry indentation. A block scalar's
// lines are indented deeper than their key, so they never match.
bool OpensStrippedKey(std::string_view line) {
  if (Indentation(line) != kEntryIndent) return false;
  line.remove_prefix(kEntryIndent);
  for (std::string_view key : kStrippedKeys) {
    if (line.substr(0, key.size()) == key && line.size() > key.size() &&
        line[key.size()] == ':') {
      return true;
    }
  }
  return false;
}

std::string Strip(const std::string& text) {
  std::string out;
  std::istringstream in(text);
  std::string line;
  bool stripping = false;
  while (std::getline(in, line)) {
    if (stripping && !IsBlank(line) && Indentation(line) <= kEntryIndent) {
      stripping = false;
    }
    if (!stripping && OpensStrippedKey(line)) stripping = true;
    if (!stripping) out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR FILE...\n", argv[0]);
    return 2;
  }
  const std::filesystem::path out_dir = argv[1];
  std::filesystem::create_directories(out_dir);
  for (int i = 2; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::ofstream out(out_dir / path.filename(), std::ios::binary);
    out << Strip(text.str());
    if (!in || !out) {
      std::fprintf(stderr, "%s: cannot strip\n", path.c_str());
      return 1;
    }
  }
  return 0;
}
