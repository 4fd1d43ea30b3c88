#include "regex/lazy_regex.h"

#include <string>

namespace logveil::regex {

const Regex* LazyRegex::Get() const {
  std::call_once(compiled_, [this] {
    if (source_.empty()) return;
    auto compiled = Regex::Compile(std::string(source_), capture_);
    if (compiled.ok()) regex_.emplace(std::move(compiled).value());
  });
  return regex_ ? &*regex_ : nullptr;
}

}  // namespace logveil::regex
