#include "json/key_rules.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "catalog/catalog.h"
#include "json/json_string.h"

namespace logveil::json {
namespace {

// Keys whose values are secrets, name a person or identify a device,
// whatever they hold, redacted to the label of what they hold. Matched
// case-insensitively at any depth; the keys of two words also written as
// one, which camelCase keys lower to ("deviceId": DefaultFieldRules).
constexpr const char* kSecretKeys[] = {
    "password",      "passwd",  "passphrase",   "secret",
    "client_secret", "token",   "access_token", "refresh_token",
    "authorization", "api_key", "x-api-key",    "private_key",
    "cookie",        "cookies", "set-cookie",
};
constexpr const char* kNameKeys[] = {
    "name",           "first_name",  "last_name",       "full_name",
    "given_name",     "family_name", "surname",         "display_name",
    "account_holder", "card_holder", "cardholder_name", "name_on_card",
};
// A name key after a word for a person is that person's name too:
// customer_name, userDisplayName (Azure AD sign-in logs), patient_last_name.
// Not user_name (a login, as in CloudTrail's userName), account_name (a
// cloud account, a bank account's title) nor client_name (an OAuth client).
constexpr std::string_view kPersonWords[] = {
    "user",    "customer",  "member",      "contact",   "owner",
    "patient", "employee",  "sender",      "recipient", "passenger",
    "driver",  "caller",    "callee",      "billing",   "shipping",
    "guest",   "applicant", "beneficiary", "payer",     "payee",
};
constexpr std::string_view kPersonNameKeys[] = {
    "name",     "displayname", "fullname",   "firstname",
    "lastname", "givenname",   "familyname", "surname",
};

// Keys for a person's role in an event, whose string values are a name
// when written like one ("driver": "Jane Roe"); as often they hold a team,
// a tool or an id ("owner": "payments", "author": "dependabot",
// "recipient": "+14155550123"), which are scanned like any other value.
constexpr const char* kPersonRoleKeys[] = {
    "driver",    "rider",     "passenger", "customer",  "patient",
    "employee",  "owner",     "assignee",  "author",    "reporter",
    "sender",    "recipient", "payer",     "payee",     "beneficiary",
    "guest",     "attendee",  "organizer", "organiser", "traveler",
    "traveller", "tenant",    "courier",   "requester", "approver",
    "reviewer",  "signer",    "applicant", "member",    "subscriber",
};

constexpr const char* kDeviceKeys[] = {
    "device_id",
    "device_uuid",
    "device_serial",
    "imei",
    "android_id",
    "device_token",
    "push_token",
    "fcm_token",
    "apns_token",
    "udid",
    "device_unique_identifier",
};

// Keys whose values are a postal address, redacted to "[ADDRESS]" (also an
// object of its parts: "billing_address": {"line1": ...}). A bare
// "address" is left to the detectors: in logs it holds IP, e-mail and
// memory addresses far more often than a street.
constexpr const char* kAddressKeys[] = {
    "street",           "street_address", "address1",        "address2",
    "address_line1",    "address_line2",  "home_address",    "billing_address",
    "shipping_address", "postal_address", "mailing_address",
};

// Keys of three letters that name a national identity or tax number
// (Brazil's cpf, Spain's dni, nie and nif, the Netherlands' bsn, tin, the
// UK's nin), redacted to "[NATIONAL_ID]" whatever they hold. The
// government_id.national_id pattern finds them in text too (all but tin, a
// word as often as a key), but only before a value shaped like an id.
constexpr const char* kNationalIdKeys[] = {"cpf", "dni", "nie", "nif",
                                           "bsn", "tin", "nin"};

// What a "name" member names when it sits in one of these (or after one in
// a dotted key): spans, loggers, metrics, services, hosts and the other
// things telemetry and structured logs name (OpenTelemetry, Elastic Common
// Schema, Kubernetes). Lower case, separated by spaces; camelCase keys lower
// to one word.
constexpr std::string_view kThingKeys =
    "agent app application branch browser bucket class cluster component "
    "container database db deployment disk endpoint error event events "
    "exception feature file flag frame frames function group handler host "
    "image index instrumentation_library instrumentation_scope "
    "instrumentationlibrary instrumentationscope interface involvedobject "
    "job k8s label labels library link links logger metadata method metric "
    "metrics module mount namespace network node observer operation os "
    "ownerreferences package pipeline plugin pod process queue regarding "
    "repo repository resource route rule runtime scope sdk service span "
    "spans stage step stream table tag tags task telemetry test thread topic "
    "user_agent useragent volume workflow";

constexpr size_t CountWords(std::string_view words) {
  size_t count = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    count += words[i] != ' ' && (i == 0 || words[i - 1] == ' ');
  }
  return count;
}

template <size_t N>
constexpr std::array<std::string_view, N> SplitWords(std::string_view words) {
  std::array<std::string_view, N> split{};
  for (size_t i = 0; i < N; ++i) {
    size_t space = std::min(words.find(' '), words.size());
    split[i] = words.substr(0, space);
    words.remove_prefix(std::min(space + 1, words.size()));
  }
  return split;
}

constexpr auto kThingWords = SplitWords<CountWords(kThingKeys)>(kThingKeys);
static_assert(std::is_sorted(kThingWords.begin(), kThingWords.end()));
constexpr size_t kMaxThingKey = 32;

// A binary search: every "name" member asks, and there are many.
bool IsThingKey(std::string_view key) {
  if (key.size() > kMaxThingKey) return false;
  char lower[kMaxThingKey];
  for (size_t i = 0; i < key.size(); ++i) lower[i] = ascii::ToLower(key[i]);
  return std::binary_search(kThingWords.begin(), kThingWords.end(),
                            std::string_view(lower, key.size()));
}

// Exact keys up to this length are found through a table by length.
constexpr size_t kMaxExactKey = 64;
constexpr size_t kMaxSegments = 63;

bool HasWildcard(std::string_view glob) {
  return glob.find_first_of("*?") != std::string_view::npos;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = ascii::ToLower(c);
  return lower;
}

// ASCII case-insensitive glob match; `glob` is lower case. '*' matches any
// run of bytes, '?' one byte.
bool KeyGlobMatches(std::string_view glob, std::string_view key) {
  size_t g = 0, k = 0, star = std::string_view::npos, resume = 0;
  while (k < key.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = k;
    } else if (g < glob.size() &&
               (glob[g] == '?' || glob[g] == ascii::ToLower(key[k]))) {
      ++g, ++k;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      k = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

// Splits "a.b[*].c" into key, key, index, key segments.
Status ParsePath(std::string_view path, std::vector<std::string>& parts) {
  while (true) {
    size_t dot = path.find('.');
    std::string_view part = path.substr(0, dot);
    size_t bracket = part.find('[');
    std::string_view key = part.substr(0, bracket);
    if (!key.empty() || bracket == std::string_view::npos) {
      parts.emplace_back(key);
    }
    for (part.remove_prefix(std::min(bracket, part.size())); !part.empty();
         part.remove_prefix(3)) {
      if (!part.starts_with("[*]")) {
        return MakeError(ErrorCode::kConfig,
                         "json field '" + std::string(path) +
                             "': only [*] may follow a key");
      }
      parts.emplace_back("[*]");
    }
    if (dot == std::string_view::npos) return Ok{};
    path.remove_prefix(dot + 1);
  }
}

}  // namespace

std::vector<FieldRule> DefaultFieldRules() {
  std::vector<FieldRule> rules;
  // Each key, and a key of two words also written as one.
  auto add = [&rules](std::string key, const char* label,
                      bool names_only = false) {
    FieldRule rule;
    rule.label = label;
    rule.names_only = names_only;
    if (key.find('_') != std::string::npos) {
      rule.path = key;
      std::erase(rule.path, '_');
      rules.push_back(rule);
    }
    rule.path = std::move(key);
    rules.push_back(std::move(rule));
  };
  for (const char* key : kSecretKeys) add(key, "SECRET");
  for (const char* key : kNameKeys) add(key, "NAME");
  for (const char* key : kPersonRoleKeys) add(key, "NAME", true);
  for (const char* key : kDeviceKeys) add(key, "DEVICE_ID");
  for (const char* key : kAddressKeys) add(key, "ADDRESS");
  for (const char* key : kNationalIdKeys) add(key, "NATIONAL_ID");
  return rules;
}

bool IsWrittenLikeAName(std::string_view value) {
  constexpr size_t kMaxWords = 4;
  auto is_letter = [](char c) {
    return ascii::IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
  };
  auto is_lower = [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  };
  size_t words = 0;
  for (size_t at = 0; at <= value.size(); ++at) {
    // A word: a capital or non-ASCII letter, then lower case, with a
    // capital allowed after ' or - (O'Brien, Anne-Marie).
    if (at == value.size() || !is_letter(value[at]) ||
        (value[at] >= 'a' && value[at] <= 'z')) {
      return false;
    }
    size_t end = at + 1;
    bool lower = false;
    while (end < value.size() && value[end] != ' ') {
      char c = value[end], before = value[end - 1];
      if (is_lower(c)) {
        lower = true;
      } else if (!(c == '\'' || c == '-') &&
                 !(ascii::IsUpper(c) && (before == '\'' || before == '-'))) {
        return false;
      }
      ++end;
    }
    if (!lower || ++words > kMaxWords) return false;
    if (end == value.size()) return words >= 2;
    at = end;  // the space; the next word starts after it
  }
  return false;
}

bool NamesAThing(std::string_view key, std::string_view owner) {
  if (!ascii::EqualsLower(LastSegment(key), "name")) return false;
  size_t dot = key.rfind('.');
  if (dot != std::string_view::npos) owner = key.substr(0, dot);
  return IsThingKey(LastSegment(owner));
}

Result<FieldAction> ParseFieldAction(std::string_view name) {
  if (name == "scan") return FieldAction::kScan;
  if (name == "keep") return FieldAction::kKeep;
  if (name == "redact") return FieldAction::kRedact;
  if (name == "hash") return FieldAction::kHash;
  if (name == "drop") return FieldAction::kDrop;
  return MakeError(ErrorCode::kConfig,
                   "unknown json field action '" + std::string(name) +
                       "' (expected scan, keep, redact, hash or drop)");
}

Result<JsonRules> JsonRules::Compile(const JsonPolicy& policy,
                                     const detect::DetectorSet& detectors,
                                     const transform::HashAction* hash) {
  JsonRules rules;
  rules.exact_keys_.resize(kMaxExactKey + 1);
  rules.fail_closed_ = policy.fail_closed;
  rules.scan_numbers_ = policy.scan_numbers;
  if (policy.max_depth < 1 || policy.max_depth > 1000) {
    return MakeError(ErrorCode::kConfig,
                     "json max_depth must be between 1 and 1000");
  }
  rules.max_depth_ = policy.max_depth;
  if (policy.geo_fields) {
    rules.geo_detector_ = detectors.IndexOf("location.coordinates");
  }
  std::vector<FieldRule> all = policy.fields;
  for (const auto& path : policy.allow) {
    FieldRule keep;
    keep.path = path;
    keep.action = FieldAction::kKeep;
    all.push_back(std::move(keep));
  }
  rules.first_default_ = int(all.size());
  if (policy.default_fields) {
    for (auto& rule : DefaultFieldRules()) all.push_back(std::move(rule));
  }
  for (const auto& rule : all) {
    auto added = rules.Add(rule, detectors, hash);
    if (!added.ok()) return added.error();
  }
  return rules;
}

Status JsonRules::Add(const FieldRule& field,
                      const detect::DetectorSet& detectors,
                      const transform::HashAction* hash) {
  int index = int(rules_.size());
  Rule rule{field.action, field.label, "", {}, {}, field.names_only};
  std::string quoted = "[" + field.label + "]";
  rule.token = "\"";
  AppendEscaped(quoted, rule.token);
  rule.token += "\"";
  if (field.action == FieldAction::kHash) {
    if (!hash) {
      return MakeError(ErrorCode::kConfig,
                       "json field '" + field.path +
                           "': hash needs a key: set LOGVEIL_HASH_KEY or "
                           "--hash-key-file (logveil never hashes unkeyed)");
    }
    rule.hash = *hash;
  }
  if (field.action == FieldAction::kScan && !field.detectors.empty()) {
    rule.detectors.assign(detectors.detectors().size(), false);
    bool any = false;
    for (const auto& glob : field.detectors) {
      for (size_t id = 0; id < rule.detectors.size(); ++id) {
        if (catalog::GlobMatches(glob, detectors.detectors()[id].id)) {
          rule.detectors[id] = any = true;
        }
      }
    }
    if (!any) {
      return MakeError(ErrorCode::kConfig, "json field '" + field.path +
                                               "': its detectors match no "
                                               "enabled detector");
    }
  }
  std::vector<std::string> parts;
  if (field.path.empty()) {
    return MakeError(ErrorCode::kConfig, "json field with an empty path");
  }
  auto parsed = ParsePath(field.path, parts);
  if (!parsed.ok()) return parsed.error();
  if (parts.size() > kMaxSegments) {
    return MakeError(ErrorCode::kConfig,
                     "json field '" + field.path + "': too many segments");
  }
  rules_.push_back(std::move(rule));
  bool bare_key =
      field.path.find_first_of(".[") == std::string::npos && field.path != "**";
  if (bare_key) {
    std::string glob = Lower(field.path);
    if (!HasWildcard(glob) && !glob.empty() && glob.size() <= kMaxExactKey) {
      exact_keys_[glob.size()].push_back({index, glob});
      size_t signature = Signature(glob);
      exact_filter_[signature / 64] |= uint64_t{1} << (signature % 64);
    } else {
      glob_keys_.push_back({index, glob});
    }
    return Ok{};
  }
  PathPattern path{index, {}};
  for (const auto& part : parts) {
    if (part.empty()) {
      return MakeError(ErrorCode::kConfig,
                       "json field '" + field.path + "': empty key");
    }
    SegmentKind kind = part == "**"    ? SegmentKind::kAnyDepth
                       : part == "[*]" ? SegmentKind::kIndex
                                       : SegmentKind::kKey;
    path.segments.push_back({kind, Lower(part)});
  }
  paths_.push_back(std::move(path));
  return Ok{};
}

uint64_t JsonRules::Closure(const PathPattern& path, uint64_t state) const {
  for (size_t i = 0; i < path.segments.size(); ++i) {
    if ((state >> i & 1) && path.segments[i].kind == SegmentKind::kAnyDepth) {
      state |= uint64_t{1} << (i + 1);
    }
  }
  return state;
}

uint64_t JsonRules::Step(const PathPattern& path, uint64_t state,
                         const PathStep& step) const {
  uint64_t next = 0;
  for (size_t i = 0; i < path.segments.size(); ++i) {
    if (!(state >> i & 1)) continue;
    const Segment& segment = path.segments[i];
    bool matches = segment.kind == SegmentKind::kAnyDepth ||
                   (segment.kind == SegmentKind::kIndex && step.index) ||
                   (segment.kind == SegmentKind::kKey && !step.index &&
                    KeyGlobMatches(segment.glob, step.key));
    if (matches) {
      next |=
          uint64_t{1} << (segment.kind == SegmentKind::kAnyDepth ? i : i + 1);
    }
  }
  return Closure(path, next);
}

int JsonRules::MatchExact(std::string_view key) const {
  if (key.size() > kMaxExactKey || !MayBeExact(key)) return -1;
  for (const auto& exact : exact_keys_[key.size()]) {
    if (ascii::EqualsLower(key, exact.glob)) return exact.rule;
  }
  return -1;
}

void JsonRules::Start(uint64_t* root) const {
  for (size_t i = 0; i < paths_.size(); ++i) root[i] = Closure(paths_[i], 1);
}

int JsonRules::MatchAny(const uint64_t* parent, const PathStep& step,
                        uint64_t* child) const {
  if (paths_.empty()) return step.index ? -1 : MatchKey(step.key);
  int best = -1;
  auto take = [&best](int rule) {
    if (best < 0 || rule < best) best = rule;
  };
  for (size_t i = 0; i < paths_.size(); ++i) {
    child[i] = Step(paths_[i], parent[i], step);
    if (child[i] >> paths_[i].segments.size() & 1) take(paths_[i].rule);
  }
  if (step.index) return best;
  if (int key = MatchKey(step.key); key >= 0) take(key);
  return best;
}

std::vector<std::string> JsonRules::Labels() const {
  std::vector<std::string> labels;
  for (const auto& rule : rules_) labels.push_back(rule.label);
  return labels;
}

int JsonRules::MatchLastSegment(std::string_view key) const {
  std::string_view last = LastSegment(key);
  if (last.size() == key.size()) return -1;  // no dot
  int rule = MatchExact(last);
  return rule >= first_default_ ? rule : -1;
}

int JsonRules::MatchPersonName(std::string_view key) const {
  constexpr size_t kMaxKey = 40;
  if (key.size() < 6 || key.size() > kMaxKey ||
      !ascii::EqualsLower(key.substr(key.size() - 4), "name")) {
    return -1;
  }
  char folded[kMaxKey];
  size_t size = 0;
  for (char c : key) {
    if (c != '_' && c != '-') folded[size++] = ascii::ToLower(c);
  }
  std::string_view word(folded, size);
  for (std::string_view person : kPersonWords) {
    if (!word.starts_with(person)) continue;
    std::string_view name = word.substr(person.size());
    if (person == "user" && name == "name") return -1;
    for (std::string_view person_name : kPersonNameKeys) {
      if (name != person_name) continue;
      int rule = MatchExact(name);
      return rule >= first_default_ ? rule : -1;
    }
  }
  return -1;
}

int JsonRules::MatchOwnedKey(std::string_view key,
                             std::string_view owner) const {
  constexpr std::string_view kGenericKeys[] = {"id", "uuid", "serial",
                                               "holder"};
  // The key, or its last segment after a '.' where a generic key would
  // begin: no search through "trace_id" or "http.request.method".
  std::string_view last = key;
  for (size_t size : {2, 4, 6}) {
    if (key.size() > size && key[key.size() - size - 1] == '.') {
      last = key.substr(key.size() - size);
      break;
    }
  }
  if (last.size() > 6 ||
      std::none_of(std::begin(kGenericKeys), std::end(kGenericKeys),
                   [last](std::string_view generic) {
                     return ascii::EqualsLower(last, generic);
                   })) {
    return -1;
  }
  if (last.size() < key.size()) {
    owner = key.substr(0, key.size() - last.size() - 1);
  }
  owner = LastSegment(owner);
  size_t size = owner.size() + 1 + last.size();
  if (owner.empty() || size > kMaxExactKey) return -1;
  char composed[kMaxExactKey];
  owner.copy(composed, owner.size());
  composed[owner.size()] = '_';
  last.copy(composed + owner.size() + 1, last.size());
  int rule = MatchExact({composed, size});
  return rule >= first_default_ ? rule : -1;
}

int JsonRules::MatchKey(std::string_view key) const {
  int best = MatchExact(key);
  if (best < 0) best = MatchLastSegment(key);
  if (glob_keys_.empty()) return best;
  for (const auto& glob : glob_keys_) {
    if (best >= 0 && glob.rule > best) break;
    if (KeyGlobMatches(glob.glob, key)) return glob.rule;
  }
  return best;
}

}  // namespace logveil::json
