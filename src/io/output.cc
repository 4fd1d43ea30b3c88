#include "io/output.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <utility>

#include "io/input.h"

namespace logveil::io {
namespace {

// Small writes gather into one write(2) per MiB, which keeps syscall cost
// negligible and pipes full.
constexpr size_t kBufferBytes = size_t{1} << 20;
// Writes of at least this size (a batch of lines: framing's chunks) go out
// as they are: copying them into the buffer would cost more than the call.
constexpr size_t kDirectBytes = size_t{64} << 10;

}  // namespace

Result<Output> Output::Open(const std::string& path) {
  if (path == "-") {
    GrowPipe(STDOUT_FILENO);
    return Output(STDOUT_FILENO, "stdout");
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return MakeError(ErrorCode::kIo,
                     path + ": cannot open for writing: " + strerror(errno));
  }
  return Output(fd, path);
}

Output::Output(int fd, std::string name) : fd_(fd), name_(std::move(name)) {
  buffer_.reserve(kBufferBytes);
}

Output::~Output() {
  (void)Flush();
  if (fd_ > STDERR_FILENO) ::close(fd_);
}

Output::Output(Output&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      name_(std::move(other.name_)),
      buffer_(std::move(other.buffer_)) {}

Status Output::Write(std::string_view bytes) {
  if (buffer_.size() + bytes.size() > kBufferBytes ||
      bytes.size() >= kDirectBytes) {
    auto status = Flush();
    if (!status.ok()) return status;
  }
  if (bytes.size() >= kDirectBytes) return WriteAll(bytes);
  buffer_.append(bytes);
  return Ok{};
}

Status Output::Flush() {
  if (fd_ < 0 || buffer_.empty()) return Ok{};
  auto status = WriteAll(buffer_);
  buffer_.clear();
  return status;
}

Status Output::Sync() {
  auto status = Flush();
  if (!status.ok()) return status;
  if (::fsync(fd_) != 0) {
    return MakeError(ErrorCode::kIo,
                     name_ + ": fsync failed: " + strerror(errno));
  }
  return Ok{};
}

Status Output::WriteAll(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EPIPE) {
      fd_ = -1;  // nothing more can be delivered
      return MakeError(ErrorCode::kBrokenPipe, name_ + ": pipe closed");
    }
    if (n < 0) {
      return MakeError(ErrorCode::kIo,
                       name_ + ": write failed: " + strerror(errno));
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Ok{};
}

}  // namespace logveil::io
