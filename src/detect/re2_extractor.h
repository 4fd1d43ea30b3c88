// Re2Extractor: exact leftmost-first spans for regex detectors, run only on
// texts the prefilter flagged. The only includer of <re2/re2.h>.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "base/result.h"

namespace logveil::detect {

class Re2Extractor {
 public:
  // Compiles `regex`; `capture` is the group whose span is reported (-1: 1 if
  // the regex has groups, else 0).
  static Result<Re2Extractor> Compile(const std::string& regex, int capture);

  ~Re2Extractor();
  Re2Extractor(Re2Extractor&&) noexcept;
  Re2Extractor& operator=(Re2Extractor&&) noexcept;

  // Appends the span of the capture group of every non-overlapping match in
  // `text`, left to right. Thread-safe.
  void FindAll(std::string_view text, std::vector<ByteRange>& out) const;

 private:
  struct Program;
  explicit Re2Extractor(std::unique_ptr<Program> program);
  std::unique_ptr<Program> program_;
};

}  // namespace logveil::detect
