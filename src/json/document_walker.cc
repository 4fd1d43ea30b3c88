#include "json/document_walker.h"

#include "base/ascii.h"
#include "json/json_string.h"
#include "transform/apply.h"

namespace logveil::json {
namespace {

// Whether a string body may decode to text that LooksLikeJson: only if it
// starts with '{', '[', a blank or an escape (which may decode to those).
// Most strings start with none of them, and skip the call.
bool MayDecodeToJson(std::string_view body) {
  if (body.empty()) return false;
  char first = body.front();
  return first == '{' || first == '[' || first == '\\' || IsSpace(first);
}

// Integers this long may be card or phone numbers; shorter ones are
// counts, ids and sizes, and are not scanned.
constexpr size_t kMinScannedDigits = 7;

}  // namespace

bool LooksLikeJson(std::string_view text) {
  size_t first = 0;
  while (first < text.size() && IsSpace(text[first])) ++first;
  if (first == text.size()) return false;
  if (text[first] == '{') return true;
  if (text[first] != '[') return false;
  // Text logs often start with "[INFO]" or "[10/Oct/2023 ...]" but seldom
  // end with ']'.
  size_t last = text.size();
  while (last > first && IsSpace(text[last - 1])) --last;
  return text[last - 1] == ']' && last - first >= 2;
}

DocumentWalker::DocumentWalker(const JsonRules& rules,
                               const detect::DetectorSet& detectors,
                               const transform::ActionTable& actions)
    : rules_(rules), detectors_(detectors), actions_(actions) {}

void DocumentWalker::Walk(uint32_t doc, const std::vector<Token>& tokens,
                          EditPlan& plan, report::Stats& stats) {
  plan_ = &plan;
  stats_ = &stats;
  tokens_ = &tokens;
  doc_ = doc;
  Document& document = plan.documents[doc];
  text_ = document.text;
  base_depth_ = document.depth;
  document.first_edit = uint32_t(plan.edits.size());
  size_t words = rules_.state_words();
  size_t levels = size_t(rules_.max_depth() - base_depth_) + 2;
  if (states_.size() < words * levels) states_.resize(words * levels);
  rules_.Start(states_.data());
  Scope scope;
  scope.filter = document.filter;
  scope.scanned = document.scanned;
  scope.context = document.context;
  Container(0, 0, scope);
  plan.documents[doc].last_edit = uint32_t(plan.edits.size());
}

void DocumentWalker::Container(uint32_t index, int level, const Scope& scope) {
  const std::vector<Token>& tokens = *tokens_;
  const Token& container = tokens[index];
  bool object = container.kind == TokenKind::kObject;
  size_t words = rules_.state_words();
  const uint64_t* state = states_.data() + level * words;
  uint64_t* child_state = states_.data() + (level + 1) * words;
  Special special;
  // An object's special members are looked for when the first member that
  // may be one comes (most objects have none); an array's now.
  bool looked = !object;
  if (!object && scope.element) FindPairArray(index, special);
  if (!object && scope.positions != Positions::kAbsent && GeoAllowed(scope)) {
    FindPosition(index, scope.positions, special.lon, special.lat);
  }
  // A run of dropped members is deleted up to the next kept one, or back
  // to the end of the last kept one when the run ends the container, so
  // the commas stay right.
  uint32_t kept_end = kNone, drop_begin = kNone, drop_end = 0;
  for (uint32_t child = index + 1, before = kNone; child < container.next;
       before = child, child = tokens[child].next) {
    const Token& token = tokens[child];
    if (!looked && MayBeSpecial(token)) {
      FindSpecialMembers(index, GeoAllowed(scope), special);
      looked = true;
    }
    uint32_t named = special.value;
    PathStep step{object ? Key(token) : std::string_view(), !object};
    int rule = rules_.Match(state, step, child_state);
    if (rule < 0 && object) {
      rule = rules_.MatchComposed(step.key, scope.context);
    }
    // The name of a named pair says what the value is, and a span's or a
    // service's name is no person's: the built-in rule for a "name"
    // member is for neither.
    if (rule >= 0 && object && rules_.built_in(rule) &&
        (IsPairName(index, child) || NamesAThing(step.key, scope.context))) {
      rule = -1;
    }
    if (rule >= 0 && !RuleFits(rule, token)) rule = -1;
    if (child == named) {
      int by_name = rules_.MatchKey(special.name);
      if (by_name >= 0 && ((rules_.built_in(by_name) &&
                            NamesAThing(special.name, scope.context)) ||
                           !RuleFits(by_name, token))) {
        by_name = -1;
      }
      if (by_name >= 0 && (rule < 0 || by_name < rule)) rule = by_name;
    }
    if (rule >= 0 && rules_.rule(rule).action == FieldAction::kDrop) {
      if (drop_begin == kNone) drop_begin = token.key_begin;
      drop_end = token.end;
      continue;
    }
    if (drop_begin != kNone) {
      AddDelete(drop_begin, token.key_begin);
      drop_begin = kNone;
    }
    bool geo = child == special.lat || child == special.lon;
    kept_end = token.end;
    if (rule < 0 && !geo && child != named && Plain(token, scope)) {
      // Most values: no rule, nothing special; no scope of their own.
      std::string_view context =
          object            ? (scope.named ? scope.context : token.Key(text_))
          : before != kNone ? OptionBefore(tokens[before], scope.context)
                            : scope.context;
      if (token.kind == TokenKind::kString) {
        String(child, level, scope, context);
      } else if (token.kind == TokenKind::kNumber) {
        Number(child, scope.filter, context);
      }
      continue;
    }
    Scope child_scope = scope;
    if (child == named) {
      child_scope.context = special.name;
      child_scope.named = true;
    } else if (object && !scope.named) {
      child_scope.context = token.Key(text_);
    }
    child_scope.element = !object;
    child_scope.positions = !object ? scope.positions
                            : token.kind == TokenKind::kArray
                                ? PositionsUnder(step.key)
                                : Positions::kAbsent;
    Member(child, rule, level, child_scope, geo);
  }
  if (drop_begin != kNone) {
    AddDelete(kept_end != kNone ? kept_end : drop_begin, drop_end);
  }
}

bool DocumentWalker::RuleFits(int rule, const Token& token) {
  if (!rules_.rule(rule).names_only) return true;
  return token.kind == TokenKind::kString &&
         IsWrittenLikeAName(DecodedString(token));
}

std::string_view DocumentWalker::OptionBefore(const Token& before,
                                              std::string_view context) const {
  constexpr size_t kMaxOption = 32;
  if (before.kind != TokenKind::kString || before.escaped) return context;
  std::string_view option =
      text_.substr(before.begin + 1, before.end - before.begin - 2);
  if (option.size() < 2 || option.size() > kMaxOption || option[0] != '-' ||
      option.find_first_of(" \t=") != std::string_view::npos) {
    return context;
  }
  return option;
}

void DocumentWalker::Member(uint32_t index, int rule, int level,
                            const Scope& scope, bool geo) {
  const Token& token = (*tokens_)[index];
  if (rule >= 0) return MemberWithRule(index, rule, level, scope, geo);
  if (IsContainer(token)) return Container(index, level + 1, scope);
  if (token.kind == TokenKind::kLiteral) return;
  if (scope.leaf_rule >= 0) return Redact(index, scope.leaf_rule);
  if (rules_.fail_closed() && !scope.scanned) {
    return AddReplace(token, rules_.fail_closed_token());
  }
  if (geo) return Geo(index);
  if (token.kind == TokenKind::kString) {
    return String(index, level, scope, scope.context);
  }
  Number(index, scope.filter, scope.context);
}

void DocumentWalker::MemberWithRule(uint32_t index, int rule, int level,
                                    const Scope& outer, bool geo) {
  const Token& token = (*tokens_)[index];
  bool null = token.kind == TokenKind::kLiteral && text_[token.begin] == 'n';
  const JsonRules::Rule& found = rules_.rule(rule);
  Scope scope = outer;
  switch (found.action) {
    case FieldAction::kKeep:
    case FieldAction::kDrop:
      return;
    case FieldAction::kRedact:
    case FieldAction::kHash:
      if (scope.named && IsContainer(token)) {
        scope.leaf_rule = rule;  // keeps {"stringValue": ...} a wrapper
        break;
      }
      // null holds nothing; redacting it would suggest it did.
      if (!null) Redact(index, rule);
      return;
    case FieldAction::kScan:
      scope.filter = rule;
      scope.scanned = true;
      break;
  }
  Member(index, -1, level, scope, geo);
}

void DocumentWalker::String(uint32_t index, int level, const Scope& scope,
                            std::string_view context) {
  const Token& token = (*tokens_)[index];
  EditPlan& plan = *plan_;
  Span body{token.begin + 1, token.end - 1};
  size_t context_at = plan.scan_text.size();
  plan.AddContext(context);
  size_t start = plan.scan_text.size();
  uint32_t offsets = kNone;
  if (token.escaped) {
    offsets = uint32_t(plan.offsets.size());
    Unescape(body.In(text_), plan.scan_text, &plan.offsets);
  } else {
    plan.scan_text.append(body.In(text_));
  }
  std::string_view decoded = std::string_view(plan.scan_text).substr(start);
  if (MayDecodeToJson(body.In(text_)) && LooksLikeJson(decoded)) {
    std::string& nested = plan.NewNestedText();
    nested.reserve(decoded.size() + Tokenizer::kPaddingBytes);
    nested.assign(decoded);
    plan.scan_text.resize(context_at);
    if (offsets != kNone) plan.offsets.resize(offsets);
    Document child;
    child.text = nested;
    child.context = context;
    child.parent = doc_;
    child.parent_edit = uint32_t(plan.edits.size());
    child.depth = base_depth_ + level + 1;
    child.filter = scope.filter;
    child.scanned = scope.scanned;
    plan.documents.push_back(child);
    plan.edits.push_back({{token.begin, token.end},
                          EditKind::kNested,
                          uint32_t(plan.documents.size() - 1),
                          scope.filter});
    return;
  }
  uint32_t segment = plan.CloseSegment(start, offsets);
  plan.AddScanEdit(doc_, {body, EditKind::kString, segment, scope.filter});
}

void DocumentWalker::Number(uint32_t index, int filter,
                            std::string_view context) {
  if (!rules_.scan_numbers()) return;
  const Token& token = (*tokens_)[index];
  std::string_view number = text_.substr(token.begin, token.end - token.begin);
  size_t digits = number.size() - (number[0] == '-');
  if (digits < kMinScannedDigits || !IsJsonInteger(number)) return;
  uint32_t segment = plan_->AddSegment(number, context);
  plan_->AddScanEdit(
      doc_, {{token.begin, token.end}, EditKind::kNumber, segment, filter});
}

// A redact or hash rule: the whole value becomes the token.
void DocumentWalker::Redact(uint32_t index, int rule_index) {
  stats_->CountFieldRule(uint32_t(rule_index));
  const JsonRules::Rule& rule = rules_.rule(rule_index);
  const Token& token = (*tokens_)[index];
  if (rule.action == FieldAction::kRedact) return AddReplace(token, rule.token);
  std::string_view value =
      token.kind == TokenKind::kString
          ? DecodedString(token)
          : text_.substr(token.begin, token.end - token.begin);
  scratch_.clear();
  transform::AppendReplacement(rule.hash, rule.label, value, scratch_);
  AddQuoted(token, scratch_);
}

std::string_view DocumentWalker::DecodedString(const Token& token) {
  std::string_view body =
      text_.substr(token.begin + 1, token.end - token.begin - 2);
  if (!token.escaped) return body;
  value_.clear();
  Unescape(body, value_);
  return value_;
}

std::string_view DocumentWalker::DecodedKey(const Token& token) {
  key_.clear();
  Unescape(token.Key(text_), key_);
  return key_;
}

void DocumentWalker::AddReplace(const Token& token, std::string_view bytes) {
  plan_->AddFixedEdit(doc_, {{token.begin, token.end},
                             EditKind::kReplace,
                             plan_->AddReplacement(bytes)});
}

void DocumentWalker::AddQuoted(const Token& token, std::string_view text) {
  std::string& bytes = plan_->replacement_bytes;
  size_t begin = bytes.size();
  bytes.push_back('"');
  AppendEscaped(text, bytes);
  bytes.push_back('"');
  plan_->replacements.push_back({begin, bytes.size()});
  plan_->AddFixedEdit(doc_, {{token.begin, token.end},
                             EditKind::kReplace,
                             uint32_t(plan_->replacements.size() - 1)});
}

void DocumentWalker::AddDelete(uint32_t begin, uint32_t end) {
  plan_->AddFixedEdit(doc_, {{begin, end}, EditKind::kDelete});
}

}  // namespace logveil::json
