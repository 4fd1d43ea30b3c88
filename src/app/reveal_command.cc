// `logveil reveal [FILE...]`: restores the values that the encrypt action
// turned into tokens, byte for byte, for whoever holds the encrypt key.
// Everything else passes through unchanged.
#include <string>

#include "app/commands.h"
#include "app/keys.h"
#include "io/input.h"
#include "io/output.h"
#include "transform/encrypt.h"

namespace logveil::app {
namespace {

constexpr size_t kChunkBytes = size_t{1} << 20;
// A line longer than this is revealed in pieces, cut before its last '['
// so that no token is split.
constexpr size_t kMaxPendingBytes = size_t{4} << 20;

// Returns where the bytes of `pending` after `done` (no newline among
// them) may be cut: all of them at the end of input, else none, unless
// there are too many: then before the last '[', where a token may begin.
size_t CutPoint(const std::string& pending, size_t done, bool at_end) {
  if (at_end) return pending.size();
  if (pending.size() - done <= kMaxPendingBytes) return done;
  size_t bracket = pending.rfind('[');
  return bracket == std::string::npos || bracket < done ? pending.size()
                                                        : bracket;
}

class Revealer {
 public:
  Revealer(const std::vector<transform::EncryptKey>& keys, io::Output& output)
      : keys_(keys), output_(output) {}

  Status Run(io::Input& input) {
    std::string chunk(kChunkBytes, '\0');
    uint64_t line = 1;
    std::string pending;
    while (true) {
      auto read = input.Read(chunk.data(), chunk.size());
      if (!read.ok()) return read.error();
      bool at_end = read.value() == 0;
      pending.append(chunk, 0, read.value());
      size_t done = 0;
      for (size_t newline;
           (newline = pending.find('\n', done)) != std::string::npos;
           done = newline + 1, ++line) {
        auto status = Reveal(input, line, pending, done, newline + 1);
        if (!status.ok()) return status;
      }
      size_t cut = CutPoint(pending, done, at_end);
      if (cut > done) {
        auto status = Reveal(input, line, pending, done, cut);
        if (!status.ok()) return status;
        done = cut;
      }
      pending.erase(0, done);
      auto written = output_.Write(out_);
      out_.clear();
      if (!written.ok()) return written;
      if (at_end) return Ok{};
    }
  }

 private:
  Status Reveal(const io::Input& input, uint64_t line, const std::string& text,
                size_t begin, size_t end) {
    auto status = transform::AppendRevealed(
        std::string_view(text).substr(begin, end - begin), keys_, out_);
    if (status.ok()) return status;
    return MakeError(status.error().code, input.name() + ":" +
                                              std::to_string(line) + ": " +
                                              status.error().message);
  }

  const std::vector<transform::EncryptKey>& keys_;
  io::Output& output_;
  std::string out_;
};

}  // namespace

Status RunReveal(const cli::CliArgs& args) {
  auto keys = LoadRevealKeys(args);
  if (!keys.ok()) return keys.error();
  auto output = io::Output::Open(args.output);
  if (!output.ok()) return output.error();
  Revealer revealer(keys.value(), output.value());
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& path : inputs) {
    auto input = io::Input::Open(path);
    if (!input.ok()) return input.error();
    auto status = revealer.Run(input.value());
    if (!status.ok()) return status;
  }
  return output.value().Flush();
}

}  // namespace logveil::app
