// gzip and zstd adapters (io/gzip_stream, io/zstd_stream) and format
// detection (batch/codec).
#include "batch/codec.h"

#include <catch2/catch.hpp>

#include "batch_test_support.h"

namespace logveil::batch {
namespace {

using testing::Gunzip;
using testing::Gzip;
using testing::StringSource;
using testing::Unzstd;
using testing::Zstd;

std::string BigText() { return testing::LogText(20000, 1); }

TEST_CASE("format is told by magic bytes, not by name", "[unit][batch]") {
  CHECK(DetectCompression(Gzip("x")) == Compression::kGzip);
  CHECK(DetectCompression(Zstd("x")) == Compression::kZstd);
  CHECK(DetectCompression("plain text") == Compression::kNone);
  CHECK(DetectCompression("") == Compression::kNone);
  CHECK(DetectCompression("\x1f") == Compression::kNone);
  CHECK(DetectCompression(std::string("\x28\xb5\x2f", 3)) ==
        Compression::kNone);
}

TEST_CASE("gzip and zstd round trips, empty and large", "[unit][batch]") {
  for (const std::string& text :
       {std::string(), std::string("no newline"), BigText()}) {
    CHECK(Gunzip(Gzip(text)) == text);
    CHECK(Unzstd(Zstd(text)) == text);
    CHECK(Gunzip(Gzip(text, 1)) == text);
    CHECK(Unzstd(Zstd(text, 19)) == text);
  }
}

TEST_CASE("levels change the size, not the content", "[unit][batch]") {
  std::string text = BigText();
  CHECK(Gzip(text, 9).size() < Gzip(text, 1).size());
  CHECK(Zstd(text, 19).size() < Zstd(text, 1).size());
  CHECK(Gzip(text) == Gzip(text));  // deterministic: no name, no time
}

TEST_CASE("concatenated members and frames read as one stream",
          "[unit][batch]") {
  CHECK(Gunzip(Gzip("one\n") + Gzip("") + Gzip("two\n")) == "one\ntwo\n");
  CHECK(Unzstd(Zstd("one\n") + Zstd("") + Zstd("two\n")) == "one\ntwo\n");
}

TEST_CASE("decoders cope with one-byte reads from below", "[unit][batch]") {
  std::string text = testing::LogText(300, 2);
  StringSource gz(Gzip(text), 1);
  auto gunzip = io::OpenGzipSource(gz);
  REQUIRE(gunzip.ok());
  CHECK(testing::Drain(*gunzip.value()) == text);
  StringSource zst(Zstd(text), 1);
  auto unzstd = io::OpenZstdSource(zst);
  REQUIRE(unzstd.ok());
  CHECK(testing::Drain(*unzstd.value()) == text);
}

TEST_CASE("truncated, corrupt and trailing bytes are errors", "[unit][batch]") {
  std::string text = BigText();
  std::string gz = Gzip(text), zst = Zstd(text);
  for (size_t cut : {size_t{5}, gz.size() / 2, gz.size() - 1}) {
    std::string error;
    Gunzip(gz.substr(0, cut), &error);
    CHECK_THAT(error, Catch::Contains("memory"));
  }
  for (size_t cut : {size_t{6}, zst.size() / 2, zst.size() - 1}) {
    std::string error;
    Unzstd(zst.substr(0, cut), &error);
    CHECK_THAT(error, Catch::Contains("memory"));
  }
  std::string error;
  std::string corrupt = gz;
  corrupt[corrupt.size() / 2] ^= 0x55;
  Gunzip(corrupt, &error);
  CHECK(!error.empty());
  error.clear();
  Gunzip(gz + "trailing junk", &error);
  CHECK(!error.empty());
  error.clear();
  Unzstd(zst + "trailing junk", &error);
  CHECK(!error.empty());
}

TEST_CASE("encoders finish the sink below them", "[unit][batch]") {
  testing::StringSink out;
  auto sink = OpenEncoder(Compression::kZstd, 3, out);
  REQUIRE(sink.ok());
  REQUIRE(sink.value()->Finish().ok());
  CHECK(out.finished());
  auto none = OpenEncoder(Compression::kNone, 3, out);
  REQUIRE(none.ok());
  CHECK(none.value() == nullptr);
}

}  // namespace
}  // namespace logveil::batch
