#include "batch/manifest.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <charconv>
#include <fstream>
#include <sstream>

namespace logveil::batch {
namespace {

constexpr size_t kSha256HexChars = 64;

// '%' and line breaks become %25, %0A, %0D: keys are file paths, which may
// hold any byte but NUL.
std::string EscapeKey(const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '%')
      escaped += "%25";
    else if (c == '\n')
      escaped += "%0A";
    else if (c == '\r')
      escaped += "%0D";
    else
      escaped += c;
  }
  return escaped;
}

bool UnescapeKey(std::string_view text, std::string& key) {
  key.clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      key += text[i];
      continue;
    }
    unsigned value = 0;
    if (i + 2 >= text.size()) return false;
    auto [end, ec] =
        std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
    if (ec != std::errc() || end != text.data() + i + 3) return false;
    key += static_cast<char>(value);
    i += 2;
  }
  return true;
}

// Parses the next space-terminated number of `line` into `value`.
template <typename T>
bool ParseField(std::string_view& line, T& value) {
  auto [end, ec] =
      std::from_chars(line.data(), line.data() + line.size(), value);
  if (ec != std::errc() || end == line.data() + line.size() || *end != ' ') {
    return false;
  }
  line.remove_prefix(end - line.data() + 1);
  return true;
}

Status AppendAll(const std::string& path, const std::string& text,
                 Durability durability) {
  int fd =
      ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return MakeError(ErrorCode::kIo,
                     path + ": cannot open manifest: " + strerror(errno));
  }
  ssize_t n;
  do {
    n = ::write(fd, text.data(), text.size());
  } while (n < 0 && errno == EINTR);
  // A short append to a regular file means the disk is full.
  int error = n < 0                                   ? errno
              : n < static_cast<ssize_t>(text.size()) ? ENOSPC
                                                      : 0;
  if (error == 0 && durability == Durability::kFsync && ::fsync(fd) != 0) {
    error = errno;
  }
  ::close(fd);
  if (error != 0) {
    return MakeError(ErrorCode::kIo,
                     path + ": cannot record in manifest: " + strerror(error));
  }
  return Ok{};
}

}  // namespace

std::string FormatManifestLine(const std::string& key,
                               const ManifestEntry& entry) {
  return entry.sha256_hex + " " + std::to_string(entry.output_bytes) + " " +
         std::to_string(entry.source_bytes) + " " +
         std::to_string(entry.source_mtime_ns) + " " + EscapeKey(key) + "\n";
}

bool ParseManifestLine(std::string_view line, std::string& key,
                       ManifestEntry& entry) {
  if (line.size() <= kSha256HexChars || line[kSha256HexChars] != ' ') {
    return false;
  }
  entry.sha256_hex = std::string(line.substr(0, kSha256HexChars));
  line.remove_prefix(kSha256HexChars + 1);
  return ParseField(line, entry.output_bytes) &&
         ParseField(line, entry.source_bytes) &&
         ParseField(line, entry.source_mtime_ns) && !line.empty() &&
         UnescapeKey(line, key);
}

ManifestStore::Loaded& ManifestStore::LoadLocked(const std::string& path) {
  auto [it, inserted] = manifests_.try_emplace(path);
  if (!inserted) return it->second;
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::string all = text.str();
  std::string_view rest = all;
  std::string key;
  ManifestEntry entry;
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    if (end == std::string_view::npos) {
      it->second.ends_mid_line = true;
      break;
    }
    if (ParseManifestLine(rest.substr(0, end), key, entry)) {
      it->second.entries[key] = entry;
    }
    rest.remove_prefix(end + 1);
  }
  return it->second;
}

std::optional<ManifestEntry> ManifestStore::Find(const std::string& path,
                                                 const std::string& key) {
  std::lock_guard lock(mutex_);
  auto& loaded = LoadLocked(path);
  auto it = loaded.entries.find(key);
  if (it == loaded.entries.end()) return std::nullopt;
  return it->second;
}

Status ManifestStore::Record(const std::string& path, const std::string& key,
                             const ManifestEntry& entry) {
  std::string line = FormatManifestLine(key, entry);
  // Appends under the lock, so the line that ends a partial one a killed
  // run left is the first one written.
  std::lock_guard lock(mutex_);
  auto& loaded = LoadLocked(path);
  if (loaded.ends_mid_line) line.insert(0, "\n");
  auto status = AppendAll(path, line, durability_);
  if (status.ok()) loaded.ends_mid_line = false;
  return status;
}

}  // namespace logveil::batch
