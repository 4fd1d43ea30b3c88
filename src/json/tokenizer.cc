// simdjson adapter. simdjson's stage 1 (SIMD: UTF-8 validation, string
// boundaries, unescaped control characters, and the offset of every
// structural character and value start) runs over the text; a hand-written
// stage 2 here walks that index into tokens and checks the grammar. Neither
// the DOM (decoded copies, no positions) nor On-Demand (positions, but a
// branchy front end that costs more than stage 1) is used: see
// docs/decisions/0003-json.md.
#include "json/tokenizer.h"

#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "json/json_string.h"

namespace logveil::json {
namespace {

// Stage 1 is reached through simdjson::implementation's
// create_dom_parser_implementation, marked "for internal use"; it was
// checked against 3.0 (tokenizer_test.cc compares validity with simdjson's
// own parser). Check again before moving to another major version.
static_assert(simdjson::SIMDJSON_VERSION_MAJOR == 3);
static_assert(Tokenizer::kPaddingBytes >= simdjson::SIMDJSON_PADDING);

using Stage1 = simdjson::internal::dom_parser_implementation;

constexpr bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether `text` holds a backslash, 8 bytes at a time: most strings are
// short, where a memchr call costs more than the scan.
bool HasBackslash(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHighs = 0x8080808080808080;
  const char* at = text.data();
  size_t left = text.size();
  for (; left >= 8; at += 8, left -= 8) {
    uint64_t word;
    std::memcpy(&word, at, 8);
    word ^= kOnes * '\\';
    if ((word - kOnes) & ~word & kHighs) return true;
  }
  for (; left > 0; ++at, --left) {
    if (*at == '\\') return true;
  }
  return false;
}

// The key of the next value; empty (begin == end) outside objects.
struct Key {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool escaped = false;
};

// Stage 2: one pass over the structural index of one document. `index`
// holds `count` offsets and a sentinel (the text's size) after them.
// Tokens are written in place field by field (a Token built on the stack
// and copied in stalls on store forwarding).
class Stage2 {
 public:
  Stage2(std::string_view text, const uint32_t* index, uint32_t count,
         int max_depth, std::vector<Token>& tokens)
      : text_(text),
        index_(index),
        count_(count),
        max_depth_(max_depth),
        tokens_(tokens),
        any_backslash_(std::memchr(text.data(), '\\', text.size()) != nullptr) {
  }

  TokenizeResult Run() {
    tokens_.reserve(count_);  // at most one token per index
    uint32_t after = Value(0, 1, Key{});
    if (after == kFailed) return result_;
    return after == count_ ? TokenizeResult::kOk : TokenizeResult::kInvalid;
  }

 private:
  static constexpr uint32_t kFailed = UINT32_MAX;

  // Each of these reads the value starting at index `i` and returns the
  // index after it, or kFailed with result_ set.
  uint32_t Value(uint32_t i, int depth, const Key& key) {
    if (i >= count_) return Fail(TokenizeResult::kInvalid);
    uint32_t at = index_[i];
    if (text_[at] == '{' || text_[at] == '[') {
      return Container(i, depth, key, text_[at] == '{');
    }
    if (!Scalar(at, index_[i + 1], key)) {
      return Fail(TokenizeResult::kInvalid);
    }
    return i + 1;
  }

  uint32_t Container(uint32_t i, int depth, const Key& key, bool object) {
    if (depth > max_depth_) return Fail(TokenizeResult::kTooDeep);
    char bracket = object ? '}' : ']';
    uint32_t self =
        Open(object ? TokenKind::kObject : TokenKind::kArray, index_[i], key);
    if (++i < count_ && text_[index_[i]] == bracket) return Close(self, i);
    while (true) {
      Key member;
      if (object) {
        if (i + 1 >= count_ || !ReadKey(index_[i], index_[i + 1], member)) {
          return Fail(TokenizeResult::kInvalid);
        }
        i += 2;
      }
      i = Value(i, depth + 1, member);
      if (i == kFailed) return kFailed;
      if (i >= count_) return Fail(TokenizeResult::kInvalid);
      char c = text_[index_[i]];
      if (c == bracket) return Close(self, i);
      if (c != ',') return Fail(TokenizeResult::kInvalid);
      ++i;
    }
  }

  uint32_t Fail(TokenizeResult result) {
    result_ = result;
    return kFailed;
  }

  // Appends a token starting at `begin` with `key`; returns its index.
  uint32_t Open(TokenKind kind, uint32_t begin, const Key& key) {
    Token& token = tokens_.emplace_back();
    token.begin = begin;
    token.kind = kind;
    bool member = key.end > key.begin;
    token.key_begin = member ? key.begin : begin;
    token.key_end = member ? key.end : begin;
    token.key_escaped = key.escaped;
    return uint32_t(tokens_.size() - 1);
  }

  // Ends container `self` at its bracket, index `i`.
  uint32_t Close(uint32_t self, uint32_t i) {
    Token& token = tokens_[self];
    token.end = index_[i] + 1;
    token.next = uint32_t(tokens_.size());
    return i + 1;
  }

  // The bytes from one index to the next, minus trailing whitespace: a
  // scalar or key runs up to the next structural character.
  std::string_view Raw(uint32_t at, uint32_t next) const {
    while (next > at && IsSpace(text_[next - 1])) --next;
    return text_.substr(at, next - at);
  }

  // A key at `at`, followed by ':' at `colon`.
  bool ReadKey(uint32_t at, uint32_t colon, Key& key) const {
    std::string_view raw = Raw(at, colon);
    if (text_[colon] != ':' || raw.size() < 2 || raw.front() != '"' ||
        raw.back() != '"') {
      return false;
    }
    key.begin = at;
    key.end = at + uint32_t(raw.size());
    std::string_view body = raw.substr(1, raw.size() - 2);
    key.escaped = any_backslash_ && HasBackslash(body);
    return !key.escaped || HasValidEscapes(body);
  }

  // A string, number or literal at `at`, up to the index `next`.
  bool Scalar(uint32_t at, uint32_t next, const Key& key) {
    std::string_view raw = Raw(at, next);
    char first = raw.empty() ? '\0' : raw.front();
    TokenKind kind = first == '"' ? TokenKind::kString
                     : first == '-' || (first >= '0' && first <= '9')
                         ? TokenKind::kNumber
                         : TokenKind::kLiteral;
    uint32_t index = Open(kind, at, key);
    Token& token = tokens_[index];
    token.end = at + uint32_t(raw.size());
    token.next = index + 1;
    if (kind == TokenKind::kString) {
      if (raw.size() < 2 || raw.back() != '"') return false;
      std::string_view body = raw.substr(1, raw.size() - 2);
      token.escaped = any_backslash_ && HasBackslash(body);
      return !token.escaped || HasValidEscapes(body);
    }
    if (kind == TokenKind::kNumber) return IsJsonNumber(raw);
    return raw == "true" || raw == "false" || raw == "null";
  }

  std::string_view text_;
  const uint32_t* index_;
  uint32_t count_;
  int max_depth_;
  std::vector<Token>& tokens_;
  bool any_backslash_;  // false: no string or key needs checking
  TokenizeResult result_ = TokenizeResult::kInvalid;
};

}  // namespace

struct Tokenizer::Parser {
  std::unique_ptr<Stage1> stage1;  // created on first use, grown as needed

  // Makes room for a text of `size` bytes; false if memory ran out.
  bool Reserve(size_t size) {
    if (stage1 && stage1->capacity() > size) return true;
    size_t capacity = std::bit_ceil(std::max<size_t>(size + 1, 4096));
    if (!stage1) {
      return simdjson::get_active_implementation()
                 ->create_dom_parser_implementation(
                     capacity, simdjson::DEFAULT_MAX_DEPTH, stage1) ==
             simdjson::SUCCESS;
    }
    return stage1->set_capacity(capacity) == simdjson::SUCCESS;
  }
};

Tokenizer::Tokenizer() : parser_(std::make_unique<Parser>()) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

TokenizeResult Tokenizer::Tokenize(std::string_view text, size_t readable,
                                   int max_depth, std::vector<Token>& tokens) {
  tokens.clear();
  size_t first = 0;
  while (first < text.size() && IsSpace(text[first])) ++first;
  if (first == text.size() || (text[first] != '{' && text[first] != '[') ||
      text.size() > UINT32_MAX - 1 || !parser_->Reserve(text.size())) {
    return TokenizeResult::kInvalid;
  }
  if (readable < text.size() + kPaddingBytes) {
    padded_.assign(text);
    padded_.resize(text.size() + kPaddingBytes, ' ');
    text = std::string_view(padded_.data(), text.size());
  }
  Stage1& stage1 = *parser_->stage1;
  if (stage1.stage1(reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                    simdjson::stage1_mode::regular) != simdjson::SUCCESS) {
    return TokenizeResult::kInvalid;
  }
  return Stage2(text, stage1.structural_indexes.get(),
                stage1.n_structural_indexes, max_depth, tokens)
      .Run();
}

}  // namespace logveil::json
