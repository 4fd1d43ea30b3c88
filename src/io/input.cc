#include "io/input.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace logveil::io {

namespace {

// Pipes default to 64 KiB; at a GB/s that is a context switch every 64 us.
// 1 MiB is the unprivileged maximum (/proc/sys/fs/pipe-max-size); failure
// (not a pipe, or over the limit) just leaves the default.
constexpr int kPipeBytes = 1 << 20;

}  // namespace

void GrowPipe(int fd) { (void)::fcntl(fd, F_SETPIPE_SZ, kPipeBytes); }

Result<Input> Input::Open(const std::string& path) {
  if (path == "-") {
    GrowPipe(STDIN_FILENO);
    return Input(STDIN_FILENO, "stdin");
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return MakeError(ErrorCode::kIo,
                     path + ": cannot open: " + strerror(errno));
  }
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    return MakeError(ErrorCode::kIo, path + ": is a directory");
  }
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return Input(fd, path);
}

Input::~Input() {
  if (fd_ > STDIN_FILENO) ::close(fd_);
}

Input::Input(Input&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), name_(std::move(other.name_)) {}

Result<size_t> Input::Read(char* buffer, size_t capacity) {
  while (true) {
    ssize_t n = ::read(fd_, buffer, capacity);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR) {
      return MakeError(ErrorCode::kIo,
                       name_ + ": read failed: " + strerror(errno));
    }
  }
}

}  // namespace logveil::io
