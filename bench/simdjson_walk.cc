// Peer for bench/compare.sh: simdjson's DOM parse plus a full walk of every
// value of an NDJSON file, the yardstick for logveil's JSON throughput.
#include <simdjson.h>

#include <cstdio>

namespace {

size_t Walk(simdjson::dom::element element) {
  size_t count = 1;
  switch (element.type()) {
    case simdjson::dom::element_type::ARRAY:
      for (auto child : simdjson::dom::array(element)) count += Walk(child);
      break;
    case simdjson::dom::element_type::OBJECT:
      for (auto field : simdjson::dom::object(element)) {
        count += field.key.size() > 0;
        count += Walk(field.value);
      }
      break;
    case simdjson::dom::element_type::STRING:
      count += std::string_view(element).size() > 0;
      break;
    default:
      break;
  }
  return count;
}

}  // namespace

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
    values += Walk(element);
  }
  std::printf("%zu values\n", values);
  return 0;
}
