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
  Status Flush() override {
    flushed = written;
    return Ok{};
  }
  Status Finish() override { return Ok{}; }
  std::string written;
  std::string flushed;  // what had been written at the last Flush

 private:
  std::string fail_on_;
};

Batch MakeBatch(uint64_t seq, std::string bytes, bool input_idle = false) {
  return Batch{seq, std::move(bytes), 1, false, input_idle};
}

// A writer into a RecordingSink, with room for `max_waiting` batches.
struct Writing {
  explicit Writing(std::string fail_on = "", size_t max_waiting = 8)
      : sink(fail_on), writer(sink, pool, max_waiting) {}
  RecordingSink sink;
  BufferPool pool;
  OrderedWriter writer;
};

TEST_CASE("ordered writer: batches handed in out of order come out in order",
          "[unit][pipeline]") {
  Writing w;
  w.writer.Put(MakeBatch(2, "c"));
  w.writer.Put(MakeBatch(1, "b"));
  CHECK(w.sink.written.empty());  // batch 0 holds them back
  w.writer.Put(MakeBatch(0, "a"));
  CHECK(w.sink.written == "abc");
  w.writer.Put(MakeBatch(3, "d"));
  CHECK(w.sink.written == "abcd");
  CHECK(w.writer.status().ok());
}

TEST_CASE("ordered writer: a batch cut from an idle input is flushed",
          "[unit][pipeline]") {
  Writing w;
  w.writer.Put(MakeBatch(0, "a"));
  CHECK(w.sink.flushed.empty());
  w.writer.Put(MakeBatch(1, "b", /*input_idle=*/true));
  CHECK(w.sink.flushed == "ab");
  w.writer.Put(MakeBatch(2, "c"));
  CHECK(w.sink.flushed == "ab");
}

TEST_CASE("ordered writer: a failed write stops all later writes",
          "[unit][pipeline]") {
  Writing w("b");
  w.writer.Put(MakeBatch(2, "c"));
  w.writer.Put(MakeBatch(0, "a"));
  w.writer.Put(MakeBatch(1, "b"));
  w.writer.Put(MakeBatch(3, "d"));
  CHECK(w.sink.written == "a");
  CHECK(w.writer.failed());
  CHECK(w.writer.status().error().message == "sink: write failed");
  w.writer.WaitForRoom();  // never blocks once failed
}

TEST_CASE("ordered writer: threads ahead wait for room, in any order",
          "[unit][pipeline]") {
  // Workers take sequence numbers in turn, as they take batches from the
  // reader, and finish them in any order; at most 2 may wait.
  Writing w("", 2);
  std::mutex taking;
  uint64_t next_seq = 0;
  constexpr uint64_t kBatches = 2000;
  auto work = [&] {
    while (true) {
      w.writer.WaitForRoom();
      uint64_t seq;
      {
        std::lock_guard lock(taking);
        if (next_seq == kBatches) return;
        seq = next_seq++;
      }
      if (seq % 7 == 0) std::this_thread::yield();
      w.writer.Put(MakeBatch(seq, std::to_string(seq) + "\n"));
    }
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back(work);
  for (auto& thread : threads) thread.join();
  std::string expected;
  for (uint64_t seq = 0; seq < kBatches; ++seq) {
    expected += std::to_string(seq) + "\n";
  }
  CHECK(w.sink.written == expected);
}

}  // namespace
}  // namespace logveil::pipeline
