// Output: a buffered writer on a file descriptor (stdout or a file). Large
// writes go straight through; a closed downstream pipe is reported as
// ErrorCode::kBrokenPipe so the caller can stop quietly.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "io/byte_stream.h"

namespace logveil::io {

class Output : public ByteSink {
 public:
  // Opens `path` for writing (created or truncated); "-" means stdout.
  static Result<Output> Open(const std::string& path);
  // Takes ownership of the open file descriptor `fd`; `name` is used in
  // error messages.
  static Output Adopt(int fd, std::string name) {
    return Output(fd, std::move(name));
  }

  ~Output();
  Output(Output&& other) noexcept;
  Output& operator=(Output&&) = delete;

  // Appends `bytes`, writing through when the buffer fills.
  Status Write(std::string_view bytes) override;
  // Writes out everything buffered.
  Status Flush() override;
  Status Finish() override { return Flush(); }
  // Flushes, then waits until the data is on stable storage (fsync(2)).
  Status Sync();

 private:
  Output(int fd, std::string name);
  Status WriteAll(std::string_view bytes);

  int fd_;
  std::string name_;
  std::string buffer_;
};

}  // namespace logveil::io
