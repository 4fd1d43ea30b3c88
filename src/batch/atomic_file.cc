#include "batch/atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <utility>

namespace logveil::batch {
namespace {

Error IoError(const std::string& path, const std::string& what) {
  return MakeError(ErrorCode::kIo, path + ": " + what + ": " + strerror(errno));
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

Status SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return IoError(dir, "cannot open directory");
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return IoError(dir, "fsync failed");
  return Ok{};
}

}  // namespace

std::string TempPathFor(const std::string& target) {
  size_t slash = target.rfind('/');
  size_t name = slash == std::string::npos ? 0 : slash + 1;
  return target.substr(0, name) + "." + target.substr(name) + kTempSuffix;
}

Result<AtomicFile> AtomicFile::Create(const std::string& target) {
  std::string temp = TempPathFor(target);
  // O_NOFOLLOW: a planted symlink at the temporary name is not written
  // through.
  int fd = ::open(temp.c_str(),
                  O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return IoError(target, "cannot create temporary file");
  return AtomicFile(target, std::move(temp), io::Output::Adopt(fd, target));
}

AtomicFile::AtomicFile(std::string target, std::string temp, io::Output output)
    : target_(std::move(target)),
      temp_(std::move(temp)),
      output_(std::move(output)) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      temp_(std::move(other.temp_)),
      output_(std::move(other.output_)),
      replaced_(std::exchange(other.replaced_, true)) {}

AtomicFile::~AtomicFile() {
  if (!replaced_) ::unlink(temp_.c_str());
}

Status AtomicFile::Seal(const FileMeta& meta, Durability durability) {
  auto flushed = output_.Flush();
  if (!flushed.ok()) return flushed;
  if (meta.keep_owner && ::lchown(temp_.c_str(), meta.uid, meta.gid) != 0) {
    return IoError(target_, "cannot keep the owner");
  }
  // After chown, which may clear set-id bits.
  if (::chmod(temp_.c_str(), meta.mode & 07777) != 0) {
    return IoError(target_, "cannot keep the permissions");
  }
  // Last, after every write: no later write moves the time again.
  timespec times[2] = {{0, UTIME_OMIT}, meta.mtime};
  if (::utimensat(AT_FDCWD, temp_.c_str(), times, AT_SYMLINK_NOFOLLOW) != 0) {
    return IoError(target_, "cannot keep the modification time");
  }
  if (durability == Durability::kFsync) return output_.Sync();
  return Ok{};
}

Status AtomicFile::Replace(Durability durability) {
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    return IoError(target_, "cannot rename the scrubbed file into place");
  }
  replaced_ = true;
  if (durability == Durability::kFsync)
    return SyncDirectory(DirectoryOf(target_));
  return Ok{};
}

}  // namespace logveil::batch
