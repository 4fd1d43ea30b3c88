#include "accuracy/log_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "accuracy/evaluation.h"

namespace logveil::accuracy {
namespace {

namespace fs = std::filesystem;

constexpr size_t kFlaggedExamples = 5;

bool IsDocumentation(const fs::path& path) {
  std::string name = path.filename().string();
  return name == "SOURCE.md" || name.starts_with("LICENSE");
}

void AddTree(const fs::path& dir, std::vector<std::string>& files) {
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(dir, error)) {
    if (entry.is_regular_file() && !IsDocumentation(entry.path())) {
      files.push_back(entry.path().string());
    }
  }
}

bool IsFalseOnSight(EvalType type) {
  return type == EvalType::kPhone || type == EvalType::kCard ||
         type == EvalType::kIban || type == EvalType::kGeo;
}

}  // namespace

std::vector<std::string> RealLogFiles(const std::string& corpus_dir) {
  std::vector<std::string> files;
  std::error_code error;
  fs::path root(corpus_dir);
  for (const auto& entry : fs::directory_iterator(root / "loghub", error)) {
    if (entry.path().extension() == ".log") {
      files.push_back(entry.path().string());
    }
  }
  for (const char* dir :
       {"elastic-examples", "beats-filebeat", "fluent-bit", "otel-proto"}) {
    AddTree(root / dir, files);
  }
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::string> ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, "cannot read " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void ForEachLine(std::string_view bytes,
                 const std::function<void(std::string_view, uint64_t)>& visit) {
  uint64_t number = 0;
  while (!bytes.empty()) {
    size_t end = bytes.find('\n');
    std::string_view line = bytes.substr(0, end);
    visit(line, ++number);
    if (end == std::string_view::npos) break;
    bytes.remove_prefix(end + 1);
  }
}

LogFileCounts CountFindings(const std::string& name, std::string_view bytes,
                            detect::Scanner& scanner) {
  LogFileCounts counts;
  counts.name = name;
  counts.bytes = bytes.size();
  ForEachLine(bytes, [&](std::string_view line, uint64_t number) {
    ++counts.lines;
    for (const auto& finding : FindJudged(scanner, line)) {
      ++counts.findings[static_cast<int>(finding.type)];
      if (IsFalseOnSight(finding.type) &&
          counts.flagged.size() < kFlaggedExamples) {
        counts.flagged.push_back(std::to_string(number) + ": " +
                                 std::string(LabelOf(finding.type)) + " '" +
                                 std::string(finding.range.In(line)) + "'");
      }
    }
  });
  return counts;
}

Result<std::vector<LogFileCounts>> CountRealLogs(const std::string& corpus_dir,
                                                 detect::Scanner& scanner) {
  std::vector<LogFileCounts> all;
  for (const auto& path : RealLogFiles(corpus_dir)) {
    auto bytes = ReadFileBytes(path);
    if (!bytes.ok()) return bytes.error();
    std::string name = fs::path(path).lexically_relative(corpus_dir).string();
    all.push_back(CountFindings(name, bytes.value(), scanner));
  }
  return all;
}

double FalsePerMebibyte(const std::vector<LogFileCounts>& counts,
                        EvalType type) {
  uint64_t bytes = 0;
  uint64_t findings = 0;
  for (const auto& file : counts) {
    bytes += file.bytes;
    findings += file.findings[static_cast<int>(type)];
  }
  return bytes == 0 ? 0 : findings / (bytes / (1024.0 * 1024.0));
}

}  // namespace logveil::accuracy
