// Byte streams: what the pipeline reads from and writes to. io::Input and
// io::Output are the file-descriptor ends; decorators such as the gzip and
// zstd adapters (gzip_stream.h, zstd_stream.h) decompress a source or
// compress into a sink. Calls move whole blocks (256 KiB or more), so the
// virtual call is never per record.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace logveil::io {

class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Reads up to `capacity` bytes into `buffer`. Returns 0 only at the end of
  // the input; errors name the source, never its content.
  virtual Result<size_t> Read(char* buffer, size_t capacity) = 0;

  // Returns "stdin" or a path: safe to print.
  virtual const std::string& name() const = 0;
};

class ByteSink {
 public:
  virtual ~ByteSink() = default;

  // Appends `bytes` to the stream; may buffer.
  virtual Status Write(std::string_view bytes) = 0;

  // Passes what is buffered on now: the input has nothing more for the
  // moment (`tail -F | logveil`), and a reader downstream is waiting.
  // Compressing sinks keep their block: a flush there costs ratio.
  virtual Status Flush() { return Ok{}; }

  // Writes out everything buffered and ends the stream (a compressor writes
  // its trailer, then finishes the sink it writes into). No Write may follow.
  virtual Status Finish() = 0;
};

// Reads up to `count` bytes from `source` (fewer only at its end): the
// head that says what a stream holds (a compression's magic, a byte order
// mark).
Result<std::string> ReadHead(ByteSource& source, size_t count);

// Serves `head` (bytes already read from `inner` to sniff the format), then
// the rest of `inner`.
class ReplaySource : public ByteSource {
 public:
  ReplaySource(std::string head, ByteSource& inner)
      : head_(std::move(head)), inner_(inner) {}

  Result<size_t> Read(char* buffer, size_t capacity) override;
  const std::string& name() const override { return inner_.name(); }

 private:
  std::string head_;
  size_t served_ = 0;
  ByteSource& inner_;
};

// Returns `decorator` as a `Stream` (ByteSource or ByteSink) once its
// Init(init_args...) succeeded: set-up that can fail (a bad header, a
// compressor that cannot start) is reported here, not at the first read.
template <class Stream, class Decorator, class... Args>
Result<std::unique_ptr<Stream>> Started(std::unique_ptr<Decorator> decorator,
                                        Args... init_args) {
  auto status = decorator->Init(init_args...);
  if (!status.ok()) return status.error();
  return std::unique_ptr<Stream>(std::move(decorator));
}

}  // namespace logveil::io
