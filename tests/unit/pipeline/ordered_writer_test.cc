#include "pipeline/ordered_writer.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

namespace logveil::pipeline {
namespace {

// Keeps what is written; fails the write of `fail_on` if set.
class RecordingSink : public io::ByteSink {
 public:
  explicit RecordingSink(std::string fail_on = "") : fail_on_(fail_on) {}
  Status Write(std::string_view bytes) override {
    if (!fail_on_.empty() && bytes == fail_on_) {
      return MakeError(ErrorCode::kIo, "sink: write failed");
    }
    written += bytes;
    return Ok{};
  }
  Status Finish() override { return Ok{}; }
  std::string written;

 private:
  std::string fail_on_;
};

Batch MakeBatch(uint64_t seq, std::string bytes) {
  return Batch{seq, std::move(bytes), 1, false};
}

TEST_CASE("ordered writer: batches handed in out of order come out in order",
          "[unit][pipeline]") {
  RecordingSink sink;
  BufferPool pool;
  OrderedWriter writer(sink, pool, 8);
  writer.Put(MakeBatch(2, "c"));
  writer.Put(MakeBatch(1, "b"));
  CHECK(sink.written.empty());  // batch 0 holds them back
  writer.Put(MakeBatch(0, "a"));
  CHECK(sink.written == "abc");
  writer.Put(MakeBatch(3, "d"));
  CHECK(sink.written == "abcd");
  CHECK(writer.status().ok());
}

TEST_CASE("ordered writer: a failed write stops all later writes",
          "[unit][pipeline]") {
  RecordingSink sink("b");
  BufferPool pool;
  OrderedWriter writer(sink, pool, 8);
  writer.Put(MakeBatch(2, "c"));
  writer.Put(MakeBatch(0, "a"));
  writer.Put(MakeBatch(1, "b"));
  writer.Put(MakeBatch(3, "d"));
  CHECK(sink.written == "a");
  CHECK(writer.failed());
  CHECK(writer.status().error().message == "sink: write failed");
  writer.WaitForRoom();  // never blocks once failed
}

TEST_CASE("ordered writer: threads ahead wait for room, in any order",
          "[unit][pipeline]") {
  // Workers take sequence numbers in turn, as they take batches from the
  // reader, and finish them in any order; at most 2 may wait.
  RecordingSink sink;
  BufferPool pool;
  OrderedWriter writer(sink, pool, 2);
  std::mutex taking;
  uint64_t next_seq = 0;
  constexpr uint64_t kBatches = 2000;
  auto work = [&] {
    while (true) {
      writer.WaitForRoom();
      uint64_t seq;
      {
        std::lock_guard lock(taking);
        if (next_seq == kBatches) return;
        seq = next_seq++;
      }
      if (seq % 7 == 0) std::this_thread::yield();
      writer.Put(MakeBatch(seq, std::to_string(seq) + "\n"));
    }
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back(work);
  for (auto& thread : threads) thread.join();
  std::string expected;
  for (uint64_t seq = 0; seq < kBatches; ++seq) {
    expected += std::to_string(seq) + "\n";
  }
  CHECK(sink.written == expected);
}

}  // namespace
}  // namespace logveil::pipeline
