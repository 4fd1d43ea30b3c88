// Peer for bench/compare.sh: simdjson's DOM parse plus a full walk of every
// value of an NDJSON file, the yardstick for logveil's JSON throughput. It
// streams the file in 1 MiB chunks cut at line ends, as logveil does:
// loading the whole file first cost it a page fault per 4 KiB (66 k on the
// 256 MiB corpus), which on the project's virtual machines took two thirds
// of its time and made logveil look better than it is.
#include <cstdio>
#include <cstring>
#include <vector>

#include "simdjson_dom_walk.h"

namespace {

constexpr size_t kChunkBytes = size_t{1} << 20;

// Parses and walks the whole lines in buffer[0, size); returns the values
// walked, or -1 on a parse error.
long WalkLines(simdjson::dom::parser& parser, const std::vector<char>& buffer,
               size_t size) {
  simdjson::dom::document_stream stream;
  if (parser.parse_many(buffer.data(), size, 2 * kChunkBytes).get(stream)) {
    return -1;
  }
  long values = 0;
  for (auto document : stream) {
    simdjson::dom::element element;
    if (document.get(element)) return -1;
    values += static_cast<long>(logveil::bench::WalkDom(element));
  }
  return values;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::FILE* file = std::fopen(argv[1], "rb");
  if (file == nullptr) return 1;
  std::vector<char> buffer(2 * kChunkBytes + simdjson::SIMDJSON_PADDING);
  simdjson::dom::parser parser;
  size_t held = 0;  // bytes of an unfinished line carried over
  long values = 0;
  while (true) {
    if (buffer.size() < held + kChunkBytes + simdjson::SIMDJSON_PADDING) {
      buffer.resize(2 * (held + kChunkBytes) + simdjson::SIMDJSON_PADDING);
    }
    size_t got = std::fread(buffer.data() + held, 1, kChunkBytes, file);
    size_t size = held + got;
    size_t lines = size;
    if (got != 0) {
      while (lines > 0 && buffer[lines - 1] != '\n') --lines;
    }
    if (lines > 0) {
      long walked = WalkLines(parser, buffer, lines);
      if (walked < 0) return 1;
      values += walked;
    }
    std::memmove(buffer.data(), buffer.data() + lines, size - lines);
    held = size - lines;
    if (got == 0) break;
  }
  std::fclose(file);
  std::printf("%ld values\n", values);
  return 0;
}
