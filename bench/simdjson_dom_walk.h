// The peer yardstick for logveil's JSON speed: simdjson's DOM, every value
// visited. Shared by bench/simdjson_walk.cc (compare.sh's peer) and
// bench/json_bench.cc (the micro-benchmark), so both measure the same walk.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <string_view>

namespace logveil::bench {

// Returns how many values (and non-empty keys and strings) `element` holds;
// the count keeps the compiler from skipping the walk.
inline size_t WalkDom(simdjson::dom::element element) {
  size_t count = 1;
  switch (element.type()) {
    case simdjson::dom::element_type::ARRAY:
      for (auto child : simdjson::dom::array(element)) count += WalkDom(child);
      break;
    case simdjson::dom::element_type::OBJECT:
      for (auto field : simdjson::dom::object(element)) {
        count += field.key.size() > 0;
        count += WalkDom(field.value);
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

}  // namespace logveil::bench
