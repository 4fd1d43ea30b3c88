// Peer for bench/compare.sh: simdjson's DOM parse plus a full walk of every
// value of an NDJSON file, the yardstick for logveil's JSON throughput.
#include <cstdio>

#include "simdjson_dom_walk.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(argv[1]).get(json)) return 1;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  if (parser.parse_many(json).get(stream)) return 1;
  size_t values = 0;
  for (auto document : stream) {
    simdjson::dom::element element;
    if (document.get(element)) return 1;
    values += logveil::bench::WalkDom(element);
  }
  std::printf("%zu values\n", values);
  return 0;
}
