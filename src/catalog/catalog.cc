#include "catalog/catalog.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/ascii.h"
#include "catalog/pattern_file.h"

namespace logveil::catalog {
namespace {

std::string_view Stem(std::string_view file_name) {
  auto slash = file_name.find_last_of('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  return file_name.substr(0, file_name.find('.'));
}

// Lint rule 1 of patterns/README.md: "<stem>.<slug>", lower case.
bool IsWellFormedId(std::string_view id, std::string_view stem) {
  auto dot = id.find('.');
  if (dot == std::string_view::npos || id.substr(0, dot) != stem) return false;
  if (dot + 1 == id.size()) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool ok =
        (c >= 'a' && c <= 'z') || ascii::IsDigit(c) || c == '_' || i == dot;
    if (!ok) return false;
  }
  return true;
}

// Labels appear in tokens and in JSON stats unescaped: [A-Z][A-Z0-9_]*.
bool IsWellFormedLabel(std::string_view label) {
  return !label.empty() && ascii::IsUpper(label[0]) &&
         std::all_of(label.begin(), label.end(), [](char c) {
           return ascii::IsUpper(c) || ascii::IsDigit(c) || c == '_';
         });
}

}  // namespace

bool GlobMatches(std::string_view glob, std::string_view id) {
  if (glob.empty()) return id.empty();
  if (glob[0] == '*') {
    for (size_t skip = 0; skip <= id.size(); ++skip) {
      if (GlobMatches(glob.substr(1), id.substr(skip))) return true;
    }
    return false;
  }
  return !id.empty() && glob[0] == id[0] &&
         GlobMatches(glob.substr(1), id.substr(1));
}

Status Catalog::Add(std::string_view file_name, std::string_view yaml_text) {
  auto specs = ParsePatternFile(file_name, yaml_text);
  if (!specs.ok()) return specs.error();
  for (auto& spec : specs.value()) {
    if (!IsWellFormedId(spec.id, Stem(file_name))) {
      return MakeError(ErrorCode::kConfig, spec.origin + ": id must be '" +
                                               std::string(Stem(file_name)) +
                                               ".<slug>' in lower case");
    }
    if (!IsWellFormedLabel(spec.label)) {
      return MakeError(ErrorCode::kConfig,
                       spec.origin + ": label must match [A-Z][A-Z0-9_]*");
    }
    if (Find(spec.id)) {
      return MakeError(ErrorCode::kConfig,
                       spec.origin + ": duplicate id " + spec.id);
    }
    specs_.push_back(std::move(spec));
  }
  return Ok{};
}

Status Catalog::AddDirectory(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  if (ec) {
    return MakeError(ErrorCode::kConfig,
                     dir + ": cannot list pattern directory: " + ec.message());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      return MakeError(ErrorCode::kConfig, path.string() + ": cannot read");
    }
    auto status = Add(path.string(), text.str());
    if (!status.ok()) return status;
  }
  return Ok{};
}

Result<Catalog> Catalog::Load(const std::vector<std::string>& extra_dirs) {
  return LoadFiles(BuiltinPatternFiles(), extra_dirs);
}

Result<Catalog> Catalog::LoadForScanning(
    const std::vector<std::string>& extra_dirs) {
  return LoadFiles(EnginePatternFiles(), extra_dirs);
}

Result<Catalog> Catalog::LoadFiles(std::span<const EmbeddedFile> builtin,
                                   const std::vector<std::string>& extra_dirs) {
  Catalog catalog;
  for (const auto& file : builtin) {
    const size_t first = catalog.specs_.size();
    auto status = catalog.Add(file.name, file.text);
    if (!status.ok()) return status.error();
    for (size_t i = first; i < catalog.specs_.size(); ++i) {
      catalog.specs_[i].builtin = true;
    }
  }
  for (const auto& dir : extra_dirs) {
    auto status = catalog.AddDirectory(dir);
    if (!status.ok()) return status.error();
  }
  return catalog;
}

Result<Catalog> Catalog::LoadDirectory(const std::string& dir) {
  Catalog catalog;
  auto status = catalog.AddDirectory(dir);
  if (!status.ok()) return status.error();
  return catalog;
}

const PatternSpec* Catalog::Find(std::string_view id) const {
  for (const auto& spec : specs_) {
    if (spec.id == id) return &spec;
  }
  return nullptr;
}

}  // namespace logveil::catalog
