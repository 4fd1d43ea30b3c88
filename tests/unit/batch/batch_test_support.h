// Helpers of the batch tests: scratch directories, files, in-memory byte
// streams, gzip/zstd through the io adapters, the default engine, and the
// expected scrub of a text through the plain pipeline.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "app/engine.h"
#include "catalog/catalog.h"
#include "io/byte_stream.h"
#include "io/gzip_stream.h"
#include "io/zstd_stream.h"
#include "pipeline/pipeline.h"
#include "support/default_engine.h"
#include "support/memory_streams.h"
#include "support/process.h"

namespace logveil::batch::testing {

namespace fs = std::filesystem;

// A fresh directory under /tmp, removed with everything in it at the end.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(fs::temp_directory_path() /
              ("lv_batch_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string operator/(const std::string& rel) const {
    return (path_ / rel).string();
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

inline void WriteFile(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

inline std::string ReadFile(const std::string& path) {
  return logveil::testing::ReadFile(path);
}

using logveil::testing::StringSink;
using logveil::testing::StringSource;

inline std::string Gzip(const std::string& text, int level = 6) {
  StringSink out;
  auto sink = io::OpenGzipSink(out, level);
  REQUIRE(sink.ok());
  REQUIRE(sink.value()->Write(text).ok());
  REQUIRE(sink.value()->Finish().ok());
  return out.bytes();
}

inline std::string Zstd(const std::string& text, int level = 3) {
  StringSink out;
  auto sink = io::OpenZstdSink(out, level);
  REQUIRE(sink.ok());
  REQUIRE(sink.value()->Write(text).ok());
  REQUIRE(sink.value()->Finish().ok());
  return out.bytes();
}

// Returns everything `source` yields, or the error message.
inline std::string Drain(io::ByteSource& source, std::string* error = nullptr) {
  std::string all;
  char buffer[4096];
  while (true) {
    auto read = source.Read(buffer, sizeof buffer);
    if (!read.ok()) {
      if (error) *error = read.error().message;
      return all;
    }
    if (read.value() == 0) return all;
    all.append(buffer, read.value());
  }
}

inline std::string Gunzip(const std::string& bytes,
                          std::string* error = nullptr) {
  StringSource in(bytes);
  auto source = io::OpenGzipSource(in);
  REQUIRE(source.ok());
  return Drain(*source.value(), error);
}

inline std::string Unzstd(const std::string& bytes,
                          std::string* error = nullptr) {
  StringSource in(bytes);
  auto source = io::OpenZstdSource(in);
  REQUIRE(source.ok());
  return Drain(*source.value(), error);
}

using logveil::testing::DefaultEngine;

// What the plain single-threaded pipeline makes of `text`.
inline std::string Scrubbed(const std::string& text) {
  const auto& engine = DefaultEngine();
  StringSource in(text);
  StringSink out;
  pipeline::Pipeline pipeline(engine.detectors, engine.actions, {.threads = 1});
  report::Stats stats;
  REQUIRE(pipeline.Run(in, out, stats).ok());
  return out.bytes();
}

// Log lines with findings (emails, IPv4) and without, numbered by `seed`.
inline std::string LogText(int lines, int seed) {
  std::string text;
  for (int i = 0; i < lines; ++i) {
    int64_t n = int64_t{seed} * 100003 + i;
    text += "2024-01-0" + std::to_string(n % 9 + 1) + " host" +
            std::to_string(n % 7);
    if (n % 3 == 0) text += " login user" + std::to_string(n) + "@example.com";
    if (n % 5 == 0) {
      text += " from 10." + std::to_string(n % 256) + ".0." +
              std::to_string(n % 200 + 1);
    }
    text += " request id=" + std::to_string(n * 7919) + "\n";
  }
  return text;
}

}  // namespace logveil::batch::testing
