#include "confirm/context_words.h"

#include <algorithm>

#include "base/ascii.h"

namespace logveil::confirm {
namespace {

// Bytes between a key and its value: "phone: ", "tel=", "\"mobile\":\"",
// "pos=(", "credit card? ". Four cover every key-value form seen in logs
// and JSON (the arrow of "phone" => "..." counts as one: SkipArrow).
constexpr size_t kMaxGlueBytes = 4;
// Bytes between a value and the unit after it: "0.52 s", "12 (ms)".
constexpr size_t kMaxGlueAfterBytes = 2;
// Longer keys are read only this far back: their last tokens decide.
constexpr size_t kMaxWordBytes = 40;
// "phone number is 4155550123": a keyword and up to two filler words.
constexpr int kMaxWordsBefore = 3;

// Tokens that never decide and never stop the search: number words and
// units of a key ("phone_no", "mobileNumber", "epoch_ms") and the filler of
// a phrase ("call me at").
constexpr std::string_view kFillerWords[] = {
    "at", "from", "is",  "me",     "message", "ms",   "my", "no",
    "nr", "ns",   "num", "number", "on",      "sent", "to", "us"};
constexpr size_t kMaxFillerBytes = 7;  // "message"
// Glued number words: "phoneno", "telnumber".
constexpr std::string_view kNumberSuffixes[] = {"number", "num", "nr", "no"};

// The signature bit of a lower-case word (see ContextWords::signatures_).
size_t Signature(std::string_view lower) {
  return (lower.size() * 31 + static_cast<unsigned char>(lower.front()) * 7 +
          static_cast<unsigned char>(lower.back())) %
         256;
}

// ']' for PHP's print_r, "[phone] => ...".
bool IsGlue(char c) {
  return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' ||
         c == '\'' || c == '#' || c == '.' || c == ',' || c == '(' ||
         c == '[' || c == ']' || c == '?';
}

// Where the arrow of Ruby's and PHP's "key" => "value" that ends at `pos`
// starts, with the blank before it; `pos` if there is none. The arrow is
// one byte of glue, however it is spaced.
size_t SkipArrow(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != '>' || text[pos - 2] != '=') return pos;
  pos -= 2;
  return pos > 0 && text[pos - 1] == ' ' ? pos - 1 : pos;
}

bool IsGlueAfter(char c) {
  return c == ' ' || c == '\t' || c == '(' || c == '[' || c == '"' || c == '\'';
}

bool IsKeyChar(char c) { return ascii::IsWordChar(c) || c == '-'; }

// Copies `token` in lower case into `buffer` (kMaxWordBytes long).
std::string_view ToLower(std::string_view token, char* buffer) {
  size_t n = std::min(token.size(), kMaxWordBytes);
  for (size_t i = 0; i < n; ++i) buffer[i] = ascii::ToLower(token[i]);
  return {buffer, n};
}

bool IsFiller(std::string_view token) {
  if (token.size() > kMaxFillerBytes) return false;
  char buffer[kMaxWordBytes];
  std::string_view lower = ToLower(token, buffer);
  return std::find(std::begin(kFillerWords), std::end(kFillerWords), lower) !=
         std::end(kFillerWords);
}

bool Contains(const std::vector<std::string>& sorted, std::string_view word) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), word);
  return it != sorted.end() && *it == word;
}

// The start of the token that ends at `end` in `word`: a run of letters and
// digits, cut where a lower-case letter or digit meets an upper-case one.
size_t TokenBegin(std::string_view word, size_t end) {
  size_t begin = end;
  while (begin > 0 && ascii::IsAlnum(word[begin - 1])) {
    --begin;
    if (begin > 0 && ascii::IsUpper(word[begin]) &&
        !ascii::IsUpper(word[begin - 1]) && ascii::IsAlnum(word[begin - 1])) {
      break;
    }
  }
  return begin;
}

// The token that ends at `end` in `word` (empty at a separator).
std::string_view TokenEndingAt(std::string_view word, size_t end) {
  size_t begin = TokenBegin(word, end);
  return word.substr(begin, end - begin);
}

// The end of the last token that ends at or before `end` in `word`: past
// the separators ('_', '-') after it. 0 if there is none.
size_t TokenEnd(std::string_view word, size_t end) {
  while (end > 0 && !ascii::IsAlnum(word[end - 1])) --end;
  return end;
}

// The key or word that ends, after at most kMaxGlueBytes of glue, before
// `pos`: at most its last kMaxWordBytes bytes. Empty if none does.
ByteRange WordBefore(std::string_view text, size_t pos) {
  for (size_t glue = 0; pos > 0 && glue < kMaxGlueBytes; ++glue) {
    if (IsGlue(text[pos - 1])) {
      --pos;
      continue;
    }
    size_t arrow = SkipArrow(text, pos);
    if (arrow == pos) break;
    pos = arrow;
  }
  size_t end = pos;
  while (pos > 0 && end - pos < kMaxWordBytes && IsKeyChar(text[pos - 1])) {
    --pos;
  }
  return {pos, end};
}

// A letter (either case) or digit as 0-35; anything else as 36.
size_t EndingCode(char c) {
  if (ascii::IsDigit(c)) return 26 + static_cast<size_t>(c - '0');
  if (ascii::IsAlpha(c)) return static_cast<size_t>(ascii::ToLower(c) - 'a');
  return 36;
}

std::vector<std::string> Sorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace

ContextWords::ContextWords(std::vector<std::string> boost,
                           std::vector<std::string> suppress,
                           std::vector<std::string> units)
    : boost_(Sorted(std::move(boost))),
      suppress_(Sorted(std::move(suppress))),
      units_(Sorted(std::move(units))) {
  boost_ends_in_digit_ =
      std::any_of(boost_.begin(), boost_.end(), [](const std::string& word) {
        return !word.empty() && ascii::IsDigit(word.back());
      });
  for (const auto* list : {&boost_, &suppress_}) {
    for (const std::string& word : *list) {
      if (!word.empty()) signatures_.set(Signature(word));
    }
  }
  // Classify decides on a token that is a listed word or one with a number
  // word glued on; Before reads on past a filler.
  for (std::string_view word : kFillerWords) {
    boost_endings_.set(EndingBit(word));
  }
  for (std::string_view word : kNumberSuffixes) {
    boost_endings_.set(EndingBit(word));
  }
  listed_endings_ = boost_endings_;
  for (const auto* list : {&boost_, &suppress_}) {
    for (const std::string& word : *list) {
      size_t join = word.find('_');
      if (join != std::string::npos) {
        pair_endings_.set(EndingBit(word.substr(join + 1)));
      } else if (!word.empty()) {
        listed_endings_.set(EndingBit(word));
        if (list == &boost_) boost_endings_.set(EndingBit(word));
      }
    }
  }
}

size_t ContextWords::EndingBit(std::string_view token) {
  if (token.size() == 1) return EndingCode(token[0]);
  return kEndingCodes * (1 + EndingCode(token[token.size() - 2])) +
         EndingCode(token.back());
}

bool ContextWords::MayDecideBefore(std::string_view text, size_t pos,
                                   const Endings& endings,
                                   Wanted wanted) const {
  std::string_view word = WordBefore(text, pos).In(text);
  size_t token_end = TokenEnd(word, word.size());
  // No token: Before finds nothing, or (a word of '-' and '_') reads on.
  if (token_end == 0) return !word.empty();
  std::string_view token = TokenEndingAt(word, token_end);
  if (endings.test(EndingBit(token))) return true;
  // Or the last two tokens are a listed pair: "caller_id", not "user_id".
  std::string_view first =
      TokenEndingAt(word, TokenEnd(word, token_end - token.size()));
  ContextVerdict pair = ClassifyPair(first, token);
  return wanted == Wanted::kAny ? pair != ContextVerdict::kNone
                                : pair == ContextVerdict::kBoost;
}

ContextVerdict ContextWords::Lookup(std::string_view lower) const {
  if (!signatures_.test(Signature(lower))) return ContextVerdict::kNone;
  if (Contains(boost_, lower)) return ContextVerdict::kBoost;
  if (Contains(suppress_, lower)) return ContextVerdict::kSuppress;
  return ContextVerdict::kNone;
}

ContextVerdict ContextWords::ClassifyPair(std::string_view first,
                                          std::string_view second) const {
  size_t size = first.size() + 1 + second.size();
  if (first.empty() || second.empty() || size > kMaxWordBytes ||
      !pair_endings_.test(EndingBit(second))) {
    return ContextVerdict::kNone;
  }
  char buffer[kMaxWordBytes];
  ToLower(first, buffer);
  buffer[first.size()] = '_';
  ToLower(second, buffer + first.size() + 1);
  return Lookup({buffer, size});
}

ContextVerdict ContextWords::Classify(std::string_view token) const {
  if (token.empty()) return ContextVerdict::kNone;
  char buffer[kMaxWordBytes];
  std::string_view lower = ToLower(token, buffer);
  if (ContextVerdict verdict = Lookup(lower);
      verdict != ContextVerdict::kNone) {
    return verdict;
  }
  for (std::string_view suffix : kNumberSuffixes) {
    if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
      return Lookup(lower.substr(0, lower.size() - suffix.size()));
    }
  }
  return ContextVerdict::kNone;
}

ContextWords::Side ContextWords::Before(std::string_view text,
                                        size_t pos) const {
  for (int distance = 1; distance <= kMaxWordsBefore; ++distance) {
    ByteRange word_range = WordBefore(text, pos);
    pos = word_range.begin;
    std::string_view word = word_range.In(text);
    // Tokens from the value outwards: "user_phone_no" reads no, phone.
    for (size_t token_end = word.size(); token_end > 0;) {
      std::string_view token = TokenEndingAt(word, token_end);
      token_end = TokenEnd(word, token_end - token.size());
      // A listed pair ("caller_id") decides before its second token.
      ContextVerdict verdict =
          ClassifyPair(TokenEndingAt(word, token_end), token);
      if (verdict == ContextVerdict::kNone) verdict = Classify(token);
      if (verdict != ContextVerdict::kNone) return {verdict, distance};
      if (!token.empty() && !IsFiller(token)) return {};
    }
    if (word.empty()) return {};
  }
  return {};
}

ContextWords::Side ContextWords::After(std::string_view text,
                                       size_t pos) const {
  for (size_t glue = 0;
       pos < text.size() && glue < kMaxGlueAfterBytes && IsGlueAfter(text[pos]);
       ++glue) {
    ++pos;
  }
  if (units_.empty() || pos >= text.size() || !ascii::IsAlpha(text[pos])) {
    return {};
  }
  size_t end = pos;
  while (end < text.size() && end - pos < kMaxWordBytes &&
         IsKeyChar(text[end])) {
    ++end;
  }
  // The first word of the next pair ("id" in "..., id=7") is its key.
  size_t next = end;
  if (next < text.size() && (text[next] == '"' || text[next] == '\'')) ++next;
  if (next < text.size() && (text[next] == '=' || text[next] == ':')) {
    return {};
  }
  // A one-letter unit is lower case ("0.5 s"): "41.5 S" is a hemisphere.
  if (end - pos == 1 && ascii::IsUpper(text[pos])) return {};
  char buffer[kMaxWordBytes];
  if (!Contains(units_, ToLower(text.substr(pos, end - pos), buffer))) {
    return {};
  }
  return {ContextVerdict::kSuppress, 1};
}

ContextVerdict ContextWords::Nearer(Side before, Side after) {
  if (after.verdict == ContextVerdict::kNone) return before.verdict;
  if (before.verdict == ContextVerdict::kNone) return after.verdict;
  if (before.distance != after.distance) {
    return before.distance < after.distance ? before.verdict : after.verdict;
  }
  return before.verdict == ContextVerdict::kBoost ? before.verdict
                                                  : after.verdict;
}

ContextVerdict ContextWords::Judge(std::string_view text,
                                   ByteRange value) const {
  if (empty()) return ContextVerdict::kNone;
  Side before =
      MayDecideBefore(text, value.begin, listed_endings_, Wanted::kAny)
          ? Before(text, value.begin)
          : Side{};
  return Nearer(before, After(text, value.end));
}

bool ContextWords::Boosts(std::string_view text, ByteRange value) const {
  if (empty() ||
      !MayDecideBefore(text, value.begin, boost_endings_, Wanted::kBoost)) {
    return false;
  }
  Side before = Before(text, value.begin);
  // Words after a value never boost it: most values stop here.
  if (before.verdict != ContextVerdict::kBoost) return false;
  return Nearer(before, After(text, value.end)) == ContextVerdict::kBoost;
}

bool ContextWords::BoostsGlued(std::string_view text, size_t pos) const {
  size_t begin = pos;
  while (begin > 0 && pos - begin < kMaxWordBytes &&
         ascii::IsAlpha(text[begin - 1])) {
    --begin;
  }
  if (begin == pos || (begin > 0 && ascii::IsWordChar(text[begin - 1]))) {
    return false;
  }
  return Classify(text.substr(begin, pos - begin)) == ContextVerdict::kBoost;
}

}  // namespace logveil::confirm
