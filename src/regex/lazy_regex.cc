#include "regex/lazy_regex.h"

#include <map>
#include <memory>
#include <string>
#include <utility>

namespace logveil::regex {
namespace {

// Every lazy regex compiled so far, by source and capture; null where the
// source does not compile. Never freed: the programs live as long as the
// process, as the lazy regexes that point at them (static tables) do.
class SharedPrograms {
 public:
  const Regex* Get(std::string_view source, int capture) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto [it, added] =
        programs_.try_emplace(std::make_pair(std::string(source), capture));
    if (added) {
      auto compiled = Regex::Compile(it->first.first, capture);
      if (compiled.ok()) {
        it->second = std::make_unique<Regex>(std::move(compiled).value());
      }
    }
    return it->second.get();
  }

 private:
  std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::unique_ptr<Regex>> programs_;
};

SharedPrograms& Programs() {
  static auto* programs = new SharedPrograms;  // outlives every user
  return *programs;
}

}  // namespace

const Regex* LazyRegex::Get() const {
  std::call_once(compiled_, [this] {
    if (!source_.empty()) regex_ = Programs().Get(source_, capture_);
  });
  return regex_;
}

}  // namespace logveil::regex
