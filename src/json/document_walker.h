// DocumentWalker: turns the tokens of one JSON document into edits of an
// EditPlan. It applies the field rules (drop, redact, hash, keep, scan with
// chosen detectors), finds GEO in structure (lat/lon siblings, GeoJSON
// coordinates), queues strings for scanning (decoded) and strings holding
// JSON as nested documents, and redacts what a fail-closed policy does not
// allow. It scans nothing itself. (GEO in structure and named pairs are in
// special_members.cc.)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "detect/detector_set.h"
#include "json/edit_plan.h"
#include "json/key_rules.h"
#include "json/tokenizer.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::json {

// Returns true if the first byte of `text` that is not a space, tab, CR or
// LF is '{', or it is '[' and the last such byte is ']'.
bool LooksLikeJson(std::string_view text);

class DocumentWalker {
 public:
  // All references must outlive the walker.
  DocumentWalker(const JsonRules& rules, const detect::DetectorSet& detectors,
                 const transform::ActionTable& actions);

  // Appends the edits of plan.documents[doc], whose tokens are `tokens`.
  // Strings that look like JSON become new documents at the end of
  // plan.documents, for the caller to tokenize and walk. GEO found in
  // structure is counted in `stats`.
  void Walk(uint32_t doc, const std::vector<Token>& tokens, EditPlan& plan,
            report::Stats& stats);

 private:
  // What arrays below a key may hold: GeoJSON positions under
  // "coordinates" ([lon, lat], any precision), or under a key that names a
  // position ("position", "latlng", "geo_point", ...) a pair in either
  // order, each number with geo::kMinBareDecimals decimals.
  enum class Positions : uint8_t { kAbsent, kGeoJson, kNamed };

  // What applies below a value: the scan rule limiting detectors (-1: all),
  // whether a rule asked for scanning (fail-closed lets that through), and
  // what arrays here hold, whether this is the value of a named pair, a
  // rule for every leaf, and the key to give as the context of values
  // scanned here.
  struct Scope {
    int filter = -1;
    bool scanned = false;
    Positions positions = Positions::kAbsent;
    bool named = false;        // inside the value of a {"key", "value"} pair
    bool element = false;      // the value is an element of an array
    int leaf_rule = -1;        // redact or hash each string and number below
    std::string_view context;  // the raw key of the nearest member
  };

  // Scopes go by reference: copies of small structs just written field by
  // field stall on store forwarding, and this is the hot loop.
  void Container(uint32_t index, int level, const Scope& scope);
  void Member(uint32_t index, int rule, int level, const Scope& scope,
              bool geo);
  void MemberWithRule(uint32_t index, int rule, int level, const Scope& outer,
                      bool geo);
  // A scalar with nothing but the scan scope on it: no rule, no leaf rule,
  // not redacted by a fail-closed policy.
  bool Plain(const Token& token, const Scope& scope) const {
    return !IsContainer(token) && scope.leaf_rule < 0 &&
           (scope.scanned || !rules_.fail_closed());
  }
  // False for a names-only rule (the built-in role keys, "driver") and a
  // value that is not a string written like a person's name: the value is
  // then scanned as if no rule matched.
  bool RuleFits(int rule, const Token& token);
  // The option an array element follows, as its context: "hunter2" after
  // "--password" in an argv array (Kubernetes args, ECS process.args) is
  // scanned as "--password hunter2". `context` if `before` is no option.
  std::string_view OptionBefore(const Token& before,
                                std::string_view context) const;
  // `context`: the key to scan the value after (Scope::context).
  void String(uint32_t index, int level, const Scope& scope,
              std::string_view context);
  void Number(uint32_t index, int filter, std::string_view context);
  void Geo(uint32_t index);
  void Redact(uint32_t index, int rule_index);
  static bool IsContainer(const Token& token) {
    return token.kind == TokenKind::kObject || token.kind == TokenKind::kArray;
  }
  // Members of one object found by FindSpecialMembers.
  struct Special {
    uint32_t lat = kNone;  // GEO pair (both or neither)
    uint32_t lon = kNone;
    uint32_t value = kNone;  // named pair (with `name`, or neither)
    std::string_view name;
  };
  void FindSpecialMembers(uint32_t object, bool geo, Special& found) const;
  // A ["<name>", "<value>"] array in an array, as Sentry writes request
  // headers (alone, two strings are a list more often: ["token", "expired"]).
  void FindPairArray(uint32_t array, Special& found) const;
  // Whether member `child` of `object` is the "name" of a named pair.
  bool IsPairName(uint32_t object, uint32_t child) const;
  // Whether the member `token` may be one FindSpecialMembers picks: a
  // latitude, a longitude or a named pair's value. Their keys start with
  // 'l' or 'v' and are 3, 5, 8 or 9 bytes long, or end in a dotted
  // coordinate name; few others do, so most objects are not looked through
  // twice. (Unescaped keys only, as FindSpecialMembers.)
  bool MayBeSpecial(const Token& token) const {
    constexpr uint32_t kLengths = 1u << 3 | 1u << 5 | 1u << 8 | 1u << 9;
    uint32_t length = token.key_end - token.key_begin - 2;
    if (token.key_escaped) return false;
    if (length <= 9 && (kLengths >> length & 1)) {
      char first = char(text_[token.key_begin + 1] | 0x20);
      if (first == 'l' || first == 'v') return true;
    }
    return IsDottedCoordinateKey(token.Key(text_));
  }
  // "position.latitude", "location.lon": a coordinate's name after a
  // dotted prefix, as flattened telemetry (flespi, Elastic) writes it.
  // Every key comes here: a dot where one of the names would begin is
  // looked for first.
  static bool IsDottedCoordinateKey(std::string_view key) {
    const size_t n = key.size();
    auto dot_before = [&](size_t length) {
      return n > length + 1 && key[n - length - 1] == '.';
    };
    return (dot_before(3) || dot_before(8) || dot_before(9)) &&
           IsCoordinateName(LastSegment(key));
  }
  // "lat", "latitude", "lon", "lng" or "longitude", in any case.
  static bool IsCoordinateName(std::string_view name);
  std::string_view GeoValue(const Token& token) const;
  std::string_view PairName(const Token& token) const;
  static Positions PositionsUnder(std::string_view key);
  void FindPosition(uint32_t array, Positions positions, uint32_t& lon,
                    uint32_t& lat) const;
  bool GeoAllowed(const Scope& scope) const;
  // The decoded key of a member (decoding only keys with escapes).
  std::string_view Key(const Token& token) {
    return token.key_escaped ? DecodedKey(token) : token.Key(text_);
  }
  std::string_view DecodedKey(const Token& token);
  // The content of a string value, decoded (only strings with escapes are
  // copied, into value_).
  std::string_view DecodedString(const Token& token);
  void AddReplace(const Token& token, std::string_view bytes);
  void AddQuoted(const Token& token, std::string_view text);
  void AddDelete(uint32_t begin, uint32_t end);

  const JsonRules& rules_;
  const detect::DetectorSet& detectors_;
  const transform::ActionTable& actions_;
  // Set for the duration of Walk.
  EditPlan* plan_ = nullptr;
  report::Stats* stats_ = nullptr;
  const std::vector<Token>* tokens_ = nullptr;
  std::string_view text_;
  uint32_t doc_ = 0;
  int base_depth_ = 0;
  // Path state: rules_.state_words() words per nesting level.
  std::vector<uint64_t> states_;
  std::string key_;      // a decoded escaped key
  std::string scratch_;  // a replacement before it is quoted
  std::string value_;    // a decoded string value (DecodedString)
};

}  // namespace logveil::json
