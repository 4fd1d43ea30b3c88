// Input: a file or stdin read in large blocks with read(2). Names the source
// for error messages; never holds more than the caller's buffer.
#pragma once

#include <string>

#include "base/result.h"
#include "io/byte_stream.h"

namespace logveil::io {

// Enlarges the kernel buffer of `fd` if it is a pipe; otherwise a no-op.
void GrowPipe(int fd);

class Input : public ByteSource {
 public:
  // Opens `path`; "-" means standard input.
  static Result<Input> Open(const std::string& path);

  ~Input();
  Input(Input&& other) noexcept;
  Input& operator=(Input&&) = delete;

  // Reads up to `capacity` bytes into `buffer`. Returns 0 at end of input.
  // Retries on EINTR.
  Result<size_t> Read(char* buffer, size_t capacity) override;

  // "stdin" or the path as given: safe to print (never record content).
  const std::string& name() const override { return name_; }

 private:
  Input(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
  int fd_;
  std::string name_;
};

}  // namespace logveil::io
