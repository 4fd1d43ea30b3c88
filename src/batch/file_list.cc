#include "batch/file_list.h"

#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <string.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "batch/atomic_file.h"
#include "batch/manifest.h"

namespace logveil::batch {
namespace {

using FileId = std::pair<dev_t, ino_t>;

FileId IdOf(const struct stat& info) { return {info.st_dev, info.st_ino}; }

std::string Join(const std::string& dir, const std::string& name) {
  return dir.ends_with('/') ? dir + name : dir + "/" + name;
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string BaseNameOf(const std::string& path) {
  return path.substr(path.rfind('/') + 1);  // npos + 1 == 0
}

// The path under the output directory: lexically normal, without a root
// and without leading "." or ".." (tar's rule).
std::string MirrorRelative(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path rel;
  for (const auto& part : fs::path(path).lexically_normal().relative_path()) {
    if (part.empty() || (rel.empty() && (part == "." || part == ".."))) {
      continue;
    }
    rel /= part;
  }
  return rel.string();
}

std::optional<std::string> RealPath(const std::string& path) {
  char* real = ::realpath(path.c_str(), nullptr);
  if (real == nullptr) return std::nullopt;
  std::string result = real;
  std::free(real);
  return result;
}

bool IsWithin(const std::string& path, const std::string& root) {
  if (root == "/") return true;
  return path.starts_with(root) &&
         (path.size() == root.size() || path[root.size()] == '/');
}

bool IsOwnFile(const std::string& name) {
  return name == kManifestName || name.ends_with(kTempSuffix);
}

class Lister {
 public:
  explicit Lister(const BatchOptions& options) : options_(options) {
    struct stat info;
    if (options.placement == Placement::kMirror &&
        ::stat(options.out_dir.c_str(), &info) == 0) {
      out_dir_id_ = IdOf(info);
    }
  }

  void AddArgument(const std::string& arg);
  FileList Take() { return std::move(list_); }

 private:
  void AddRoot(const std::string& path);
  void WalkDirectory(const std::string& dir, const struct stat& info,
                     const std::string& root_real);
  void AddEntry(const std::string& path, const std::string& root_real);
  void AddFile(const std::string& path, const struct stat& info,
               const std::string& target);
  void AddMirrored(const std::string& path, const struct stat& info);
  void Report(const std::string& path, FileStatus status, std::string why) {
    FileReport report;
    report.path = path;
    report.status = status;
    // Failures are printed as they are: they name the file themselves.
    report.error = status == FileStatus::kFailed ? path + ": " + why : why;
    list_.not_listed.push_back(std::move(report));
  }
  void ReportErrno(const std::string& path, const std::string& what) {
    Report(path, FileStatus::kFailed, what + ": " + strerror(errno));
  }

  const BatchOptions& options_;
  FileList list_;
  std::optional<FileId> out_dir_id_;
  std::set<FileId> walked_dirs_;
  std::set<FileId> in_place_files_;
  std::map<std::string, std::pair<FileId, std::string>> mirror_outputs_;
};

void Lister::AddArgument(const std::string& arg) {
  struct stat info;
  bool pattern = arg.find_first_of("*?[{") != std::string::npos;
  if (!pattern || ::lstat(arg.c_str(), &info) == 0) return AddRoot(arg);
  glob_t matches{};
  int rc = ::glob(arg.c_str(), GLOB_BRACE, nullptr, &matches);
  if (rc != 0 || matches.gl_pathc == 0) {
    Report(arg, FileStatus::kFailed, "no file matches this pattern");
  }
  for (size_t i = 0; rc == 0 && i < matches.gl_pathc; ++i) {
    AddRoot(matches.gl_pathv[i]);
  }
  ::globfree(&matches);
}

void Lister::AddRoot(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return ReportErrno(path, "cannot open");
  if (S_ISDIR(info.st_mode)) {
    return WalkDirectory(path, info, RealPath(path).value_or(path));
  }
  if (!S_ISREG(info.st_mode)) {
    return Report(path, FileStatus::kSkipped, "not a regular file");
  }
  struct stat link;
  bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
  AddFile(path, info, is_link ? RealPath(path).value_or(path) : path);
}

void Lister::WalkDirectory(const std::string& dir, const struct stat& info,
                           const std::string& root_real) {
  if (out_dir_id_ && IdOf(info) == *out_dir_id_) return;  // our own output
  if (!walked_dirs_.insert(IdOf(info)).second) return;    // a loop
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) return ReportErrno(dir, "cannot open directory");
  std::vector<std::string> names;
  errno = 0;
  while (const dirent* entry = ::readdir(handle)) {
    std::string name = entry->d_name;
    if (name != "." && name != ".." && !IsOwnFile(name)) names.push_back(name);
  }
  if (errno != 0) ReportErrno(dir, "cannot list directory");
  ::closedir(handle);
  std::sort(names.begin(), names.end());
  for (const auto& name : names) AddEntry(Join(dir, name), root_real);
}

void Lister::AddEntry(const std::string& path, const std::string& root_real) {
  struct stat info;
  if (::lstat(path.c_str(), &info) != 0)
    return ReportErrno(path, "cannot stat");
  std::string target = path;
  if (S_ISLNK(info.st_mode)) {
    auto real = RealPath(path);
    if (!real) return ReportErrno(path, "cannot follow symlink");
    if (options_.symlinks == Symlinks::kWithinTree &&
        !IsWithin(*real, root_real)) {
      return Report(path, FileStatus::kSkipped,
                    "symlink leads out of the tree");
    }
    if (::stat(path.c_str(), &info) != 0)
      return ReportErrno(path, "cannot stat");
    target = *real;
  }
  if (S_ISDIR(info.st_mode)) return WalkDirectory(path, info, root_real);
  if (!S_ISREG(info.st_mode)) {
    return Report(path, FileStatus::kSkipped, "not a regular file");
  }
  AddFile(path, info, target);
}

void Lister::AddFile(const std::string& path, const struct stat& info,
                     const std::string& target) {
  if (options_.placement == Placement::kMirror) return AddMirrored(path, info);
  if (!in_place_files_.insert(IdOf(info)).second) return;  // reached twice
  if (info.st_nlink > 1) {
    return Report(path, FileStatus::kFailed,
                  "has " + std::to_string(info.st_nlink) +
                      " hard links: replacing it would leave the others "
                      "unscrubbed (use --out)");
  }
  list_.files.push_back(
      {.path = path,
       .output_path = target,
       .manifest_path = Join(DirectoryOf(target), kManifestName),
       .manifest_key = BaseNameOf(target),
       .size_bytes = static_cast<uint64_t>(info.st_size)});
}

void Lister::AddMirrored(const std::string& path, const struct stat& info) {
  std::string rel = MirrorRelative(path);
  if (options_.out_dir.empty()) {  // a dry run with nowhere to write
    list_.files.push_back({.path = path,
                           .output_path = "",
                           .manifest_path = "",
                           .manifest_key = "",
                           .size_bytes = static_cast<uint64_t>(info.st_size)});
    return;
  }
  auto [it, inserted] = mirror_outputs_.try_emplace(rel, IdOf(info), path);
  if (!inserted) {
    if (it->second.first == IdOf(info)) return;  // named twice
    return Report(path, FileStatus::kFailed,
                  "has the same output path as " + it->second.second);
  }
  std::string output = Join(options_.out_dir, rel);
  struct stat existing;
  if (::stat(output.c_str(), &existing) == 0 && IdOf(existing) == IdOf(info)) {
    return Report(path, FileStatus::kFailed,
                  "its output path is the file itself (use --in-place)");
  }
  list_.files.push_back({.path = path,
                         .output_path = output,
                         .manifest_path = Join(options_.out_dir, kManifestName),
                         .manifest_key = rel,
                         .size_bytes = static_cast<uint64_t>(info.st_size)});
}

}  // namespace

FileList ListSources(const BatchOptions& options) {
  Lister lister(options);
  for (const auto& source : options.sources) lister.AddArgument(source);
  return lister.Take();
}

}  // namespace logveil::batch
