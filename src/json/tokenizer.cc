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

// The key of the next value; empty (begin == end) outside objects.
struct Key {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool escaped = false;
};

// Stage 2: one pass over the structural index of one document. `index`
// holds `count` offsets and a sentinel (the text's size) after them. A loop
// with a stack of open containers, not one call per value: most values are
// scalars, and a call each cost more than reading them. Tokens are written
// in place field by field (a Token built on the stack and copied in stalls
// on store forwarding).
class Stage2 {
 public:
  // `open` is scratch for the stack, with room for `max_depth` entries.
  Stage2(std::string_view text, const uint32_t* index, uint32_t count,
         int max_depth, uint32_t* open, std::vector<Token>& tokens)
      : text_(text),
        index_(index),
        count_(count),
        max_depth_(max_depth),
        open_(open),
        tokens_(tokens) {}

  TokenizeResult Run() {
    tokens_.reserve(count_);  // at most one token per index
    int depth = 0;            // containers open
    uint32_t i = 0;           // the index of the next value
    Key key;
    while (true) {
      if (i >= count_) return TokenizeResult::kInvalid;
      uint32_t at = index_[i];
      char first = text_[at];
      if (first == '{' || first == '[') {
        if (depth >= max_depth_) return TokenizeResult::kTooDeep;
        bool object = first == '{';
        open_[depth++] = size_ << 1 | uint32_t(object);
        Open(object ? TokenKind::kObject : TokenKind::kArray, at, key);
        ++i;
        if (i < count_ && text_[index_[i]] != (object ? '}' : ']')) {
          if (!Member(object, i, key)) return TokenizeResult::kInvalid;
          continue;
        }
      } else {
        if (!Scalar(at, index_[i + 1], key)) return TokenizeResult::kInvalid;
        ++i;
      }
      // After a value: close the containers it ends, up to the next one.
      while (true) {
        if (depth == 0) {
          return i == count_ ? TokenizeResult::kOk : TokenizeResult::kInvalid;
        }
        if (i >= count_) return TokenizeResult::kInvalid;
        bool object = open_[depth - 1] & 1;
        char c = text_[index_[i]];
        if (c == ',') {
          ++i;
          if (!Member(object, i, key)) return TokenizeResult::kInvalid;
          break;
        }
        if (c != (object ? '}' : ']')) return TokenizeResult::kInvalid;
        Close(open_[--depth] >> 1, i++);
      }
    }
  }

 private:
  // Moves `i` to the value of the next member or element of a container,
  // reading its key into `key` if it is an object's.
  bool Member(bool object, uint32_t& i, Key& key) {
    if (!object) {
      key = Key{};
      return true;
    }
    if (i + 1 >= count_ || !ReadKey(index_[i], index_[i + 1], key)) {
      return false;
    }
    i += 2;
    return true;
  }

  // Appends a token starting at `begin` with `key`.
  Token& Open(TokenKind kind, uint32_t begin, const Key& key) {
    Token& token = tokens_.emplace_back();
    ++size_;
    token.begin = begin;
    token.kind = kind;
    bool member = key.end > key.begin;
    token.key_begin = member ? key.begin : begin;
    token.key_end = member ? key.end : begin;
    token.key_escaped = key.escaped;
    return token;
  }

  // Ends container `self` at its bracket, index `i`.
  void Close(uint32_t self, uint32_t i) {
    Token& token = tokens_[self];
    token.end = index_[i] + 1;
    token.next = size_;
  }

  // The bytes from one index to the next, minus trailing whitespace: a
  // scalar or key runs up to the next structural character.
  std::string_view Raw(uint32_t at, uint32_t next) const {
    while (next > at && IsSpace(text_[next - 1])) --next;
    return text_.substr(at, next - at);
  }

  // A key at `at`, followed by ':' at `colon`.
  bool ReadKey(uint32_t at, uint32_t colon, Key& key) {
    std::string_view raw = Raw(at, colon);
    if (text_[colon] != ':' || raw.size() < 2 || raw.front() != '"' ||
        raw.back() != '"') {
      return false;
    }
    key.begin = at;
    key.end = at + uint32_t(raw.size());
    std::string_view body = raw.substr(1, raw.size() - 2);
    key.escaped = HasBackslash(at, key.end);
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
    Token& token = Open(kind, at, key);
    token.end = at + uint32_t(raw.size());
    token.next = size_;
    if (kind == TokenKind::kString) {
      if (raw.size() < 2 || raw.back() != '"') return false;
      std::string_view body = raw.substr(1, raw.size() - 2);
      token.escaped = HasBackslash(at, token.end);
      return !token.escaped || HasValidEscapes(body);
    }
    if (kind == TokenKind::kNumber) return IsJsonNumber(raw);
    return raw == "true" || raw == "false" || raw == "null";
  }

  // Whether the string from its opening quote at `begin` up to `end` holds
  // a backslash. Strings come in text order, so one memchr per backslash
  // (and one for the whole text) finds them all; most strings just
  // compare with the next one.
  bool HasBackslash(uint32_t begin, uint32_t end) {
    if (next_backslash_ < begin) {
      const void* found =
          std::memchr(text_.data() + begin, '\\', text_.size() - begin);
      next_backslash_ =
          found ? uint32_t(static_cast<const char*>(found) - text_.data())
                : uint32_t(text_.size());
    }
    return next_backslash_ < end;
  }

  std::string_view text_;
  const uint32_t* index_;
  uint32_t count_;
  int max_depth_;
  // Open containers, innermost last: token index << 1 | is an object.
  uint32_t* open_;
  std::vector<Token>& tokens_;
  uint32_t size_ = 0;  // tokens_.size(), kept apart: Token stores may alias it
  uint32_t next_backslash_ = 0;  // the first backslash from the last
                                 // string checked on, or the text's size
};

}  // namespace

struct Tokenizer::Parser {
  std::unique_ptr<Stage1> stage1;  // created on first use, grown as needed
  std::vector<uint32_t> open;      // Stage2's stack, grown as needed

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
  std::vector<uint32_t>& open = parser_->open;
  if (open.size() < size_t(std::max(max_depth, 0))) open.resize(max_depth);
  return Stage2(text, stage1.structural_indexes.get(),
                stage1.n_structural_indexes, max_depth, open.data(), tokens)
      .Run();
}

}  // namespace logveil::json
