#include "config/key_file.h"

#include <fstream>
#include <sstream>

#include "base/ascii.h"
#include "transform/token.h"

namespace logveil::config {
namespace {

constexpr size_t kMinSecretBytes = 16;

// Splits `line` at blanks, up to `max` fields; returns the count found
// (max + 1 if there are more).
size_t SplitFields(std::string_view line, std::string_view* fields,
                   size_t max) {
  size_t count = 0;
  size_t at = 0;
  while (true) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
    if (at == line.size()) return count;
    size_t end = at;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
    if (count == max) return max + 1;
    fields[count++] = line.substr(at, end - at);
    at = end;
  }
}

// Adds one key line to `file`; returns an error message or "".
std::string AddKey(std::string_view line, KeyFile& file) {
  std::string_view fields[4];
  size_t count = SplitFields(line, fields, 4);
  if (count < 3 || count > 4) {
    return "expected: PURPOSE ID SECRET [active]";
  }
  KeyList* list = fields[0] == "hash"      ? &file.hash
                  : fields[0] == "encrypt" ? &file.encrypt
                                           : nullptr;
  if (list == nullptr) {
    return "unknown purpose '" + std::string(fields[0]) +
           "' (expected hash or encrypt)";
  }
  if (!IsValidKeyId(fields[1])) {
    return "a key id is 1 to 16 letters, digits, '_' or '-'";
  }
  for (const auto& key : list->keys) {
    if (key.id == fields[1]) {
      return "duplicate " + std::string(fields[0]) + " key id '" +
             std::string(fields[1]) + "'";
    }
  }
  std::string secret;
  if (!transform::AppendUnhexed(fields[2], secret) ||
      secret.size() < kMinSecretBytes) {
    return "the secret must be hex, at least 32 digits (16 bytes)";
  }
  if (count == 4) {
    if (fields[3] != "active") return "the fourth field can only be 'active'";
    if (list->active >= 0) {
      return "two active " + std::string(fields[0]) + " keys";
    }
    list->active = static_cast<int>(list->keys.size());
  }
  list->keys.push_back(
      {std::string(fields[1]), transform::SecretKey(std::move(secret))});
  return "";
}

// A lone key is active; several need one marked.
std::string ChooseActive(std::string_view purpose, KeyList& list) {
  if (list.active >= 0 || list.keys.empty()) return "";
  if (list.keys.size() == 1) {
    list.active = 0;
    return "";
  }
  return "several " + std::string(purpose) + " keys and none marked 'active'";
}

}  // namespace

bool IsValidKeyId(std::string_view id) {
  if (id.empty() || id.size() > 16) return false;
  for (char c : id) {
    if (!ascii::IsAlnum(c) && c != '_' && c != '-') return false;
  }
  return true;
}

Result<KeyFile> ParseKeyFile(std::string_view file_name,
                             std::string_view text) {
  KeyFile file;
  size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size()
                                                         : newline + 1);
    line = line.substr(0, line.find('#'));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    std::string problem = AddKey(line, file);
    if (!problem.empty()) {
      return MakeError(ErrorCode::kConfig, std::string(file_name) + ":" +
                                               std::to_string(line_number) +
                                               ": " + problem);
    }
  }
  for (auto [purpose, list] :
       {std::pair{"hash", &file.hash}, std::pair{"encrypt", &file.encrypt}}) {
    std::string problem = ChooseActive(purpose, *list);
    if (!problem.empty()) {
      return MakeError(ErrorCode::kConfig,
                       std::string(file_name) + ": " + problem);
    }
  }
  return file;
}

Result<KeyFile> LoadKeyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kConfig, path + ": cannot open");
  std::stringstream text;
  text << in.rdbuf();
  return ParseKeyFile(path, text.str());
}

}  // namespace logveil::config
