#include "pipeline/pipeline.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "app/engine.h"
#include "catalog/catalog.h"
#include "support/default_engine.h"
#include "support/process.h"

namespace logveil::pipeline {
namespace {

using testing::DefaultEngine;

// Runs the whole pipeline over `input` with tiny chunks, so lines straddle
// chunk boundaries at every offset.
std::string ScrubThroughFiles(const std::string& input, size_t chunk_bytes,
                              size_t max_record_bytes = size_t{1} << 20,
                              unsigned threads = 1) {
  const app::Engine& engine = DefaultEngine();
  auto dir = std::filesystem::temp_directory_path();
  std::string in_path = dir / ("lv_pipe_in_" + std::to_string(getpid()));
  std::string out_path = dir / ("lv_pipe_out_" + std::to_string(getpid()));
  std::ofstream(in_path, std::ios::binary) << input;
  {
    auto in = io::Input::Open(in_path);
    auto out = io::Output::Open(out_path);
    REQUIRE(in.ok());
    REQUIRE(out.ok());
    Pipeline pipeline(engine.detectors, engine.actions,
                      {.chunk_bytes = chunk_bytes,
                       .max_record_bytes = max_record_bytes,
                       .threads = threads});
    report::Stats stats;
    REQUIRE(pipeline.Run(in.value(), out.value(), stats).ok());
    CHECK(stats.bytes_in == input.size());
  }
  std::string output = testing::ReadFile(out_path);
  std::remove(in_path.c_str());
  std::remove(out_path.c_str());
  return output;
}

TEST_CASE("chunk boundaries never change the output", "[unit][pipeline]") {
  std::string input =
      "one 10.0.0.1\r\ntwo bob@example.com\n\nthree\nfour 10.0.0.2";
  std::string expected = "one [IPV4]\r\ntwo [EMAIL]\n\nthree\nfour [IPV4]";
  for (size_t chunk : {1, 2, 3, 7, 64, 4096}) {
    INFO("chunk " << chunk);
    CHECK(ScrubThroughFiles(input, chunk) == expected);
  }
}

TEST_CASE("worker threads give the output of one thread", "[unit][pipeline]") {
  // Tiny chunks make thousands of batches that finish out of order.
  std::string input;
  for (int i = 0; i < 2000; ++i) {
    input += "line " + std::to_string(i) + " from 10.0.0." +
             std::to_string(i % 250) + " for bob" + std::to_string(i) +
             "@example.com\n";
  }
  const std::string expected = ScrubThroughFiles(input, 4096);
  REQUIRE(expected.find("[IPV4]") != std::string::npos);
  for (unsigned threads : {2, 3, 8}) {
    for (size_t chunk : {64, 1000}) {
      INFO(threads << " threads, chunk " << chunk);
      CHECK(ScrubThroughFiles(input, chunk, size_t{1} << 20, threads) ==
            expected);
    }
  }
}

TEST_CASE("long lines are scrubbed in pieces with the same result",
          "[unit][pipeline]") {
  std::string input, expected;
  for (int i = 0; i < 3000; ++i) {
    input +=
        "k" + std::to_string(i) + "=10.0." + std::to_string(i % 256) + ".1 ";
    expected += "k" + std::to_string(i) + "=[IPV4] ";
  }
  input += "\nnext\n";
  expected += "\nnext\n";
  CHECK(ScrubThroughFiles(input, 1000, 8192) == expected);
}

// An input that trickles, as `tail -F` does: one line, then (on the next
// read) it waits until that line's output has been flushed, or 30 s, and
// records what had been flushed by then; then the end.
class TricklingInput : public io::ByteSource {
 public:
  Result<size_t> Read(char* buffer, size_t capacity) override {
    if (reads_++ == 0) {
      std::string line = "first 10.0.0.1\n";
      if (capacity < line.size()) return MakeError(ErrorCode::kIo, "small");
      line.copy(buffer, line.size());
      return line.size();
    }
    if (reads_ == 2) {
      std::unique_lock lock(mutex_);
      flushed_.wait_for(lock, std::chrono::seconds(30),
                        [&] { return !flushed_text_.empty(); });
      seen_before_next_read = flushed_text_;
    }
    return size_t{0};
  }
  const std::string& name() const override { return name_; }

  // The sink's side: what has been flushed so far.
  void Flushed(const std::string& text) {
    std::lock_guard lock(mutex_);
    flushed_text_ = text;
    flushed_.notify_all();
  }

  std::string seen_before_next_read;

 private:
  std::string name_ = "trickle";
  int reads_ = 0;
  std::mutex mutex_;
  std::condition_variable flushed_;
  std::string flushed_text_;
};

class FlushRecordingSink : public io::ByteSink {
 public:
  explicit FlushRecordingSink(TricklingInput& input) : input_(input) {}
  Status Write(std::string_view bytes) override {
    written_ += bytes;
    return Ok{};
  }
  Status Flush() override {
    input_.Flushed(written_);
    return Ok{};
  }
  Status Finish() override { return Ok{}; }

 private:
  TricklingInput& input_;
  std::string written_;
};

TEST_CASE(
    "an idle input is flushed before the next read, with or without threads",
    "[unit][pipeline]") {
  // `tail -F app.log | logveil`: output must not wait for more input.
  const app::Engine& engine = DefaultEngine();
  for (unsigned threads : {1, 2}) {
    INFO(threads << " threads");
    TricklingInput input;
    FlushRecordingSink sink(input);
    Pipeline pipeline(engine.detectors, engine.actions, {.threads = threads});
    report::Stats stats;
    REQUIRE(pipeline.Run(input, sink, stats).ok());
    CHECK(input.seen_before_next_read == "first [IPV4]\n");
  }
}

}  // namespace
}  // namespace logveil::pipeline
