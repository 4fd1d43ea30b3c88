#include "app/pattern_check.h"

#include "config/policy_file.h"
#include "detect/decoded_view.h"
#include "detect/detector_set.h"
#include "detect/scanner.h"
#include "json/json_scrubber.h"
#include "text/text_scrubber.h"

namespace logveil::app {
namespace {

// Scrub examples that use `hash` run with this fixed key, so their expected
// tokens are stable. It is a test key and protects nothing.
constexpr char kExampleHashKey[] = "logveil-pattern-examples";
// An example is checked after 0 to 2 * kOffsetsChecked bytes of other lines.
constexpr size_t kOffsetsChecked = 65;

class SpecChecker {
 public:
  SpecChecker(const catalog::PatternSpec& spec, detect::DetectorSet detectors)
      : spec_(spec), detectors_(std::move(detectors)), scanner_(detectors_) {}

  std::vector<std::string> Run() {
    CheckLint();
    for (size_t i = 0; i < spec_.examples.size(); ++i) CheckExample(i);
    for (size_t i = 0; i < spec_.negative_examples.size(); ++i) {
      CheckNegative(i);
    }
    for (size_t i = 0; i < spec_.scrub_examples.size(); ++i) CheckScrub(i);
    return problems_;
  }

 private:
  void Problem(const std::string& what) {
    problems_.push_back(spec_.id + ": " + what);
  }

  void CheckLint() {
    if (spec_.examples.size() < 2) Problem("needs at least 2 examples");
    if (spec_.negative_examples.empty()) {
      Problem("needs at least 1 negative example");
    }
    std::string why;
    if (!spec_.regex.empty() &&
        !detect::HyperscanPrefilter::CompilesExactly(spec_.regex, why)) {
      Problem("regex does not compile exactly in Hyperscan: " + why);
    }
    if (!spec_.prefilter.empty() &&
        !detect::HyperscanPrefilter::CompilesExactly(spec_.prefilter, why)) {
      Problem("prefilter does not compile exactly in Hyperscan: " + why);
    }
  }

  void CheckExample(size_t i) {
    const auto& example = spec_.examples[i];
    std::string name = "example " + std::to_string(i + 1);
    size_t at = example.text.find(example.match);
    if (at == std::string::npos || example.match.empty()) {
      return Problem(name + ": 'match' is not part of 'text'");
    }
    scanner_.Scan(example.text, findings_);
    ByteRange want{at, at + example.match.size()};
    bool found = false;
    for (const auto& finding : findings_) found |= finding.range == want;
    if (!found) Problem(name + " not found with its exact span");
    if (!spec_.regex.empty()) CheckPrefilterFires(example.text, name);
    CheckNoNewlineCrossing(example.text, want, name);
    CheckFastPath(example.text, name);
  }

  // A fast path that decides a text must find what the regex finds there.
  void CheckFastPath(const std::string& text, const std::string& name) {
    confirm::FastPath fast_path = detectors_.detector(0).fast_path;
    std::vector<ByteRange> fast, slow;
    if (fast_path == nullptr || !fast_path(text, fast)) return;
    detectors_.extractor(0)->FindAll(text, slow);
    if (fast != slow) Problem(name + ": fast_path disagrees with the regex");
  }

  // The matches of the entry's own prefilter in `text`: not those of the
  // SQL values view's trigger, which every database holds.
  void ScanPrefilter(std::string_view text,
                     detect::HyperscanPrefilter::Scratch& scratch,
                     std::vector<detect::PrefilterMatch>& matches) {
    detectors_.prefilter().Scan(text, scratch, matches);
    std::erase_if(matches, [&](const detect::PrefilterMatch& match) {
      return match.id == detectors_.sql_values_pattern();
    });
  }

  // The prefilter must fire on the example, or on its decoded view: the
  // Scanner runs the same database over what escapes mean.
  void CheckPrefilterFires(const std::string& text, const std::string& name) {
    auto scratch = detectors_.prefilter().MakeScratch();
    std::vector<detect::PrefilterMatch> matches;
    ScanPrefilter(text, scratch, matches);
    std::string scanned = text;
    detect::DecodedView view;
    for (detect::Encoding family : detect::DecodedView::kFamilies) {
      if (!matches.empty() || !view.Build(text, family)) continue;
      ScanPrefilter(view.text(), scratch, matches);
      scanned = view.text();
    }
    if (matches.empty()) {
      return Problem(name + ": Hyperscan prefilter does not fire");
    }
    CheckPrefilterFiresAnywhere(scanned, name, scratch);
  }

  // The prefilter must fire wherever the example sits in a chunk: after
  // lines of any length and before more. vectorscan 5.4.9 on AVX-512 misses
  // some literal-and-class shapes at some offsets (the scan pads its buffer
  // against the tail case); a prefilter that misses must be rewritten.
  void CheckPrefilterFiresAnywhere(
      const std::string& text, const std::string& name,
      detect::HyperscanPrefilter::Scratch& scratch) {
    std::vector<detect::PrefilterMatch> matches;
    for (size_t before = 0; before <= 2 * kOffsetsChecked; ++before) {
      for (size_t after : {size_t{0}, kOffsetsChecked - 1}) {
        std::string chunk(before, 'x');
        if (before > 0) chunk.back() = '\n';
        chunk += text;
        if (after > 0) chunk += '\n' + std::string(after, 'x');
        ScanPrefilter(chunk, scratch, matches);
        if (matches.empty()) {
          return Problem(name + ": Hyperscan prefilter misses it after " +
                         std::to_string(before) + " bytes");
        }
      }
    }
  }

  // Lint rule 5: with '\n' inserted in the middle of the match, no match
  // may contain the newline. Checked on the raw engine, not the Scanner,
  // which only ever hands single lines to RE2.
  void CheckNoNewlineCrossing(std::string text, ByteRange match,
                              const std::string& name) {
    if (match.size() < 2) return;
    text.insert(match.begin + match.size() / 2, "\n");
    std::vector<ByteRange> ranges;
    if (const auto* extractor = detectors_.extractor(0)) {
      extractor->FindAll(text, ranges);
    } else {
      detectors_.detector(0).find(text, detectors_.find_options(0), ranges);
    }
    for (const auto& range : ranges) {
      if (range.In(text).find('\n') != std::string_view::npos) {
        return Problem(name + ": a match crosses a newline");
      }
    }
  }

  void CheckNegative(size_t i) {
    std::string name = "negative example " + std::to_string(i + 1);
    scanner_.Scan(spec_.negative_examples[i], findings_);
    if (!findings_.empty()) Problem(name + " produced a finding");
    CheckFastPath(spec_.negative_examples[i], name);
  }

  void CheckScrub(size_t i) {
    const auto& example = spec_.scrub_examples[i];
    std::string name = "scrub example " + std::to_string(i + 1);
    auto policy = config::ParsePolicy(name, example.policy);
    if (!policy.ok()) return Problem(policy.error().message);
    config::ActionKeys keys;
    keys.hash =
        transform::NamedKey{"k1", transform::SecretKey(kExampleHashKey)};
    auto actions =
        config::ResolveActions(policy.value(), detectors_.detectors(), keys);
    if (!actions.ok()) return Problem(actions.error().message);
    text::TextScrubber scrubber(detectors_, actions.value());
    report::Stats stats;
    std::string once, twice;
    (void)scrubber.Scrub(example.input, once, stats);
    if (once != example.expected) {
      return Problem(name + ": got '" + once + "'");
    }
    (void)scrubber.Scrub(once, twice, stats);
    if (twice != once) Problem(name + ": scrubbing twice changes the output");
    if (json::LooksLikeJson(example.input)) {
      CheckJsonScrub(example, name, policy.value(), actions.value());
    }
  }

  // Lint rule 6: a JSON input gives `expected` through the JSON scrubber
  // too (the policy's json section applies, built-in field rules included).
  void CheckJsonScrub(const catalog::ScrubExample& example,
                      const std::string& name, const config::Policy& policy,
                      const transform::ActionTable& actions) {
    auto rules = json::JsonRules::Compile(policy.json, detectors_, nullptr);
    if (!rules.ok()) return Problem(rules.error().message);
    json::JsonScrubber scrubber(detectors_, actions, rules.value(),
                                json::Format::kJson);
    report::Stats stats;
    std::string once, twice;
    scrubber.Scrub(example.input, 0, once, stats);
    if (once != example.expected) {
      return Problem(name + " as JSON: got '" + once + "'");
    }
    scrubber.Scrub(once, 0, twice, stats);
    if (twice != once) {
      Problem(name + " as JSON: scrubbing twice changes the output");
    }
  }

  const catalog::PatternSpec& spec_;
  detect::DetectorSet detectors_;
  detect::Scanner scanner_;
  std::vector<detect::Finding> findings_;
  std::vector<std::string> problems_;
};

}  // namespace

std::vector<std::string> CheckSpec(const catalog::PatternSpec& spec,
                                   const confirm::FindOptions& options) {
  // Checked as a user's spec even if built in: its regex is compiled now,
  // and one RE2 rejects is reported, not compiled lazily at scan time.
  catalog::PatternSpec checked = spec;
  checked.builtin = false;
  const catalog::PatternSpec* specs[] = {&checked};
  auto detectors = detect::DetectorSet::Compile(specs, options);
  if (!detectors.ok()) return {detectors.error().message};
  return SpecChecker(spec, std::move(detectors).value()).Run();
}

}  // namespace logveil::app
