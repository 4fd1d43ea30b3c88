// PatternSpec: one entry of a patterns/*.yaml file, as written. The fields
// mirror the schema in patterns/README.md one to one; compiling a spec into
// something that scans is detect/'s job.
#pragma once

#include <string>
#include <vector>

namespace logveil::catalog {

// A text that must produce a finding whose span is exactly `match`.
struct Example {
  std::string text;
  std::string match;  // equals `text` for the shorthand form
};

// End-to-end: `input` scrubbed with only this detector enabled (plus
// `policy`, a YAML policy document, when given) must give `expected`.
struct ScrubExample {
  std::string input;
  std::string expected;
  std::string policy;
};

// Optional `context:` of an entry: words before a value that vouch for it
// (boost) or name it as something else (suppress), units after it that make
// it a measurement, and the structural look-alikes (time stamps, UUIDs,
// ...) that claim their spans before it (confirm/context_words.h,
// detect/look_alikes.h). Words are lower case letters and digits.
struct ContextSpec {
  std::vector<std::string> boost;
  std::vector<std::string> suppress;
  std::vector<std::string> units;
  std::vector<std::string> look_alikes;
};

// `capture: first` in a pattern file (PatternSpec::capture).
inline constexpr int kCaptureFirstGroup = -2;

struct PatternSpec {
  std::string id;        // "<file stem>.<slug>", stable forever
  std::string name;      // human-readable
  std::string label;     // redaction token text: [LABEL]
  std::string category;  // picks the default action
  int priority = 50;     // overlap resolution: higher wins
  std::string description;
  // Exactly one of `regex` (Hyperscan ∩ RE2 syntax, fragments concatenated)
  // and `finder` (a hand-written finder from src/confirm) is set.
  std::string regex;
  std::string finder;
  // Optional, regex entries only: a cheaper Hyperscan pattern that matches
  // wherever `regex` does (a necessary condition, e.g. the literal the match
  // must contain). A regex that opens with a bounded class repeat scans at
  // ~190 MB/s; its literal-anchored prefilter at ~8 GB/s.
  std::string prefilter;
  // -1: group 1 if the regex has one, else the whole match;
  // kCaptureFirstGroup: the first group that took part in the match.
  int capture = -1;
  // Optional, regex entries only: a hand-written scanner (src/confirm) that
  // gives the regex's exact spans on the texts it accepts and declines the
  // others, where the regex runs.
  std::string fast_path;
  std::string validator = "none";
  ContextSpec context;
  std::vector<Example> examples;
  std::vector<std::string> negative_examples;
  std::vector<ScrubExample> scrub_examples;
  std::string origin;  // "file:line" of the entry, for messages
  // From the pattern files built into the binary, whose regexes ctest
  // compiles in both engines (so they may be compiled on first use).
  bool builtin = false;
};

}  // namespace logveil::catalog
