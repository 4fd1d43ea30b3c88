// Regex: the RE2 adapter, the only includer of <re2/re2.h>. Exact
// leftmost-first spans for regex detectors (run only on texts the Hyperscan
// prefilter flagged), whole-string tests for allow-lists, and the anchored
// tests of phone-number metadata.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "base/result.h"

namespace logveil::regex {

class Regex {
 public:
  // `capture` for the first group that took part in a match: a value
  // quoted or not, "(?:\"([^\"]*)\"|([^\\s]+))".
  static constexpr int kFirstGroup = -2;

  // Compiles `regex` (bytes, Latin-1: like Hyperscan, not UTF-8); `capture`
  // is the group FindAll reports (-1: 1 if the regex has groups, else 0).
  static Result<Regex> Compile(const std::string& regex, int capture = -1);

  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  // Appends the span of the capture group of every non-overlapping match in
  // `text`, left to right, unless the group is empty. Thread-safe, like
  // every method here.
  void FindAll(std::string_view text, std::vector<ByteRange>& out) const;

  // True if the regex matches all of `text`.
  bool FullMatch(std::string_view text) const;

  // True if the regex matches a prefix of `text` (possibly all of it).
  bool MatchesPrefix(std::string_view text) const;
  // Matches a prefix of `text`, leftmost-first like FindAll; on success
  // `groups` holds the match, then every capture group (empty if it took
  // no part).
  bool MatchPrefix(std::string_view text,
                   std::vector<std::string_view>& groups) const;

 private:
  struct Program;
  explicit Regex(std::unique_ptr<Program> program);
  std::unique_ptr<Program> program_;
};

}  // namespace logveil::regex
