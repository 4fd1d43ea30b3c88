// Field rules for JSON documents: what happens to the value of a member,
// chosen by key glob ("password", "*_token") or path ("user.email",
// "items[*].phone", "**.token"). JsonPolicy is the `json:` section of a
// policy file as written; JsonRules is its compiled form, shared read-only
// by all threads, with the path matcher the scrubber steps through.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "detect/detector_set.h"
#include "transform/action.h"

namespace logveil::json {

enum class FieldAction : uint8_t {
  kScan,    // scan strings (and numbers) with the rule's detectors
  kKeep,    // pass the value as it is, unscanned
  kRedact,  // replace the whole value by "[LABEL]"
  kHash,    // replace the whole value by a keyed pseudonym
  kDrop,    // remove the member (or array element)
};

struct FieldRule {
  std::string path;  // a key glob, or a path with '.', "[*]" and "**"
  FieldAction action = FieldAction::kRedact;
  std::string label = "REDACTED";      // redact and hash tokens
  std::vector<std::string> detectors;  // kScan: detector id globs; empty: all
  // Built-in rules only: the rule holds for a string written like a
  // person's name (IsWrittenLikeAName) and for nothing else under the key.
  bool names_only = false;
};

struct JsonPolicy {
  std::vector<FieldRule> fields;   // first match wins; before the defaults
  bool default_fields = true;      // the built-in rules (DefaultFieldRules)
  bool fail_closed = false;        // redact every value not kept or scanned
  std::vector<std::string> allow;  // fail-closed: paths kept as they are
  bool scan_numbers = true;        // integers of 7+ digits are scanned
  bool geo_fields = true;          // lat/lon siblings, GeoJSON coordinates
  int max_depth = 64;              // deeper documents are scrubbed as text
};

// The built-in rules: redact the values of keys that hold secrets or
// identify people or devices (password, token, name, device_id, ...).
std::vector<FieldRule> DefaultFieldRules();

// The part of a dotted key after its last '.' ("name" of "user.name"), or
// the whole key if it has none.
inline std::string_view LastSegment(std::string_view key) {
  size_t dot = key.rfind('.');
  return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

// Whether `key` is a "name" that names a piece of software or a machine,
// not a person: its dotted prefix says so ("service.name", "k8s.pod.name"),
// or for a bare "name", `owner` does, the key of the object holding it
// ("scope": {"name": ...}, "spans": [{"name": ...}]). The built-in NAME rule
// is not for these; their values are scanned like any other.
bool NamesAThing(std::string_view key, std::string_view owner);

// Whether a JSON string value (its bytes between the quotes) is written
// like a person's name: two to four words one space apart, each a capital
// (or a non-ASCII letter) and then lower case, O'Brien and Anne-Marie too.
// "Jane Roe" is; "payments", "dependabot", "ACME" and "Jane" are not.
bool IsWrittenLikeAName(std::string_view value);

// Parses an action name: scan, keep, redact, hash or drop.
Result<FieldAction> ParseFieldAction(std::string_view name);

// One step of a path: an object key (decoded) or an array index.
struct PathStep {
  std::string_view key;
  bool index = false;
};

class JsonRules {
 public:
  struct Rule {
    FieldAction action;
    std::string label;
    std::string token;            // kRedact: "[LABEL]"
    transform::HashAction hash;   // kHash
    std::vector<bool> detectors;  // kScan: allowed ids; empty: all
    bool names_only = false;      // FieldRule::names_only
  };

  // Compiles `policy` against `detectors`. Hash rules use `hash`, a hash
  // action with its key bound (null: no key, and a hash rule is an error).
  // Errors name the rule.
  static Result<JsonRules> Compile(const JsonPolicy& policy,
                                   const detect::DetectorSet& detectors,
                                   const transform::HashAction* hash);

  // Words of path state per nesting level (one per path rule).
  size_t state_words() const { return paths_.size(); }
  // Sets the state at the document root (state_words() words).
  void Start(uint64_t* root) const;
  // Returns the index of the first rule matching the value reached from
  // `parent` by `step`, or -1, and sets `child`, the state there.
  int Match(const uint64_t* parent, const PathStep& step,
            uint64_t* child) const {
    // Most keys match no rule: with exact keys only (the defaults), one
    // filter lookup rejects them without a call.
    if (paths_.empty() && glob_keys_.empty()) {
      if (step.index) return -1;
      int rule = MayBeExact(step.key) ? MatchExact(step.key) : -1;
      return rule >= 0 ? rule : MatchLastSegment(step.key);
    }
    return MatchAny(parent, step, child);
  }

  // Returns the built-in rule a key matches with the words around it, or -1:
  // MatchOwnedKey, then MatchPersonName. Every member without a rule asks,
  // so the test most keys fail (their last letter) is inline.
  int MatchComposed(std::string_view key, std::string_view owner) const {
    if (key.empty()) return -1;
    char tail = LowerByte(key.back());
    if (tail != 'd' && tail != 'l' && tail != 'r' && tail != 'e') return -1;
    int rule = MatchOwnedKey(key, owner);
    return rule >= 0 ? rule : MatchPersonName(key);
  }

  // Returns the built-in rule for a generic key ("id", "uuid", "serial",
  // "holder") read with the key of the object holding it, `owner`, or the
  // segment before it in a dotted key: {"device": {"id": ...}} (Segment's
  // and ECS's device.id) is a device_id, {"card": {"holder": ...}} a
  // card_holder. -1 if there is none.
  int MatchOwnedKey(std::string_view key, std::string_view owner) const;

  // Returns the built-in name rule for a name key after a word for a person
  // (kPersonWords in key_rules.cc): customer_name, userDisplayName,
  // patient_last_name. -1 for user_name (a login) and any other key.
  int MatchPersonName(std::string_view key) const;

  // Returns the first rule that is a bare key glob matching `key`, or -1.
  // A built-in rule also matches the last segment of a dotted key, as
  // Elastic Common Schema and OpenTelemetry attributes name members
  // ("user.name", "url.password").
  int MatchKey(std::string_view key) const;

  const Rule& rule(int index) const { return rules_[index]; }
  // Whether rule `index` is one of DefaultFieldRules, not the policy's.
  bool built_in(int index) const { return index >= first_default_; }
  // The rules' labels, by index (what `--stats` counts their values as).
  std::vector<std::string> Labels() const;
  bool fail_closed() const { return fail_closed_; }
  bool scan_numbers() const { return scan_numbers_; }
  int max_depth() const { return max_depth_; }
  // The detector GEO findings in structure are reported as; -1: none.
  int geo_detector() const { return geo_detector_; }
  // The redaction token for values a fail-closed policy does not allow.
  const std::string& fail_closed_token() const { return fail_closed_token_; }

 private:
  enum class SegmentKind : uint8_t { kKey, kIndex, kAnyDepth };
  struct Segment {
    SegmentKind kind;
    std::string glob;  // kKey, lower case
  };
  struct PathPattern {
    int rule;
    std::vector<Segment> segments;
  };
  struct KeyPattern {
    int rule;
    std::string glob;  // lower case; matches the key at any depth
  };

  Status Add(const FieldRule& rule, const detect::DetectorSet& detectors,
             const transform::HashAction* hash);
  // The built-in rule matching the part of `key` after its last '.', or -1.
  int MatchLastSegment(std::string_view key) const;
  uint64_t Closure(const PathPattern& path, uint64_t state) const;
  uint64_t Step(const PathPattern& path, uint64_t state,
                const PathStep& step) const;

  // Exact keys: a 1024-bit filter on (length, first, last byte) rejects
  // most keys with one lookup; then the candidates of that length. The
  // bits are spread by a multiplicative hash. The ~120 built-in keys in
  // 256 bits let a third of the generated events' keys through to the
  // comparison; in 1,024 bits, one in seven.
  static constexpr int kFilterBits = 10;
  static size_t Signature(std::string_view key) {
    uint32_t packed = uint32_t(key.size()) << 16 |
                      uint32_t(uint8_t(LowerByte(key.front()))) << 8 |
                      uint8_t(LowerByte(key.back()));
    return (packed * 0x9E3779B1u) >> (32 - kFilterBits);
  }
  static char LowerByte(char c) {
    return c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
  }
  bool MayBeExact(std::string_view key) const {
    if (key.empty()) return false;
    size_t signature = Signature(key);
    return exact_filter_[signature / 64] >> (signature % 64) & 1;
  }
  int MatchExact(std::string_view key) const;
  int MatchAny(const uint64_t* parent, const PathStep& step,
               uint64_t* child) const;

  std::vector<Rule> rules_;
  uint64_t exact_filter_[(1 << kFilterBits) / 64] = {};
  std::vector<std::vector<KeyPattern>> exact_keys_;  // by key length
  std::vector<KeyPattern> glob_keys_;
  std::vector<PathPattern> paths_;
  bool fail_closed_ = false;
  bool scan_numbers_ = true;
  int max_depth_ = 64;
  int geo_detector_ = -1;
  int first_default_ = 0;  // the built-in rules come after the policy's
  std::string fail_closed_token_ = "\"[REDACTED]\"";
};

}  // namespace logveil::json
