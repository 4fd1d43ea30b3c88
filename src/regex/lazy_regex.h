// LazyRegex: a Regex compiled on its first use, once, by whichever thread
// asks first. For regexes known to compile of which a run needs few: the
// built-in patterns (checked by ctest) and libphonenumber's metadata. RE2
// builds each program when constructed, and compiling every one of them
// at start-up would cost milliseconds that most runs never use. Lazy
// regexes with the same source and capture share one program: the
// metadata repeats patterns across regions (the NANP's toll-free and
// premium numbers, 17 and 16 times), a quarter of the compiles of a run.
#pragma once

#include <mutex>
#include <string_view>

#include "regex/regex.h"

namespace logveil::regex {

class LazyRegex {
 public:
  // `source` must outlive this; `capture` as for Regex::Compile.
  explicit LazyRegex(std::string_view source, int capture = -1)
      : source_(source), capture_(capture) {}

  // The compiled regex; null if `source` is empty or does not compile.
  // Thread-safe.
  const Regex* Get() const;

 private:
  std::string_view source_;
  int capture_;
  mutable std::once_flag compiled_;
  mutable const Regex* regex_ = nullptr;  // owned by the shared programs
};

}  // namespace logveil::regex
