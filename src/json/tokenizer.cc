// simdjson adapter. On-Demand, not DOM: it parses in place and hands out
// pointers into the text, which is what in-place editing needs. On-Demand
// validates only what is visited, so every value is visited here and the
// scalars it does not parse (numbers, literals, escapes) are checked by hand.
#include "json/tokenizer.h"

#include <simdjson.h>

#include <cstring>

#include "json/json_string.h"

namespace logveil::json {
namespace {

namespace od = simdjson::ondemand;

static_assert(Tokenizer::kPaddingBytes >= simdjson::SIMDJSON_PADDING);

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

// The key of an object member; empty (begin == end) for other values.
struct Key {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool escaped = false;
};

// One document's walk: appends a Token per value, depth first. Tokens are
// written in place field by field (a Token built on the stack and copied
// in stalls on store forwarding).
class Walk {
 public:
  Walk(std::string_view text, int max_depth, std::vector<Token>& tokens)
      : text_(text),
        max_depth_(max_depth),
        tokens_(tokens),
        any_backslash_(std::memchr(text.data(), '\\', text.size()) != nullptr) {
  }

  // `raw` is value.raw_json_token(): the value up to the next structural.
  TokenizeResult Value(od::value value, std::string_view raw, int depth,
                       const Key& key) {
    od::json_type type;
    if (value.type().get(type)) return TokenizeResult::kInvalid;
    if (type == od::json_type::object || type == od::json_type::array) {
      if (depth > max_depth_) return TokenizeResult::kTooDeep;
      uint32_t begin = Offset(raw.data());
      if (type == od::json_type::object) {
        od::object object;
        if (value.get_object().get(object)) return TokenizeResult::kInvalid;
        return Object(object, depth, Open(TokenKind::kObject, begin, key));
      }
      od::array array;
      if (value.get_array().get(array)) return TokenizeResult::kInvalid;
      return Array(array, depth, Open(TokenKind::kArray, begin, key));
    }
    return Scalar(raw, type, key);
  }

  uint32_t Offset(const char* at) const { return uint32_t(at - text_.data()); }

 private:
  TokenizeResult Object(od::object& object, int depth, size_t index) {
    uint32_t last = tokens_[index].begin + 1;
    for (auto member : object) {
      od::field field;
      if (std::move(member).get(field)) return TokenizeResult::kInvalid;
      Key key;
      key.begin = Offset(field.key().raw()) - 1;
      od::value value = field.value();
      std::string_view raw = value.raw_json_token();
      if (!FindKeyEnd(Offset(raw.data()), key)) {
        return TokenizeResult::kInvalid;
      }
      size_t child = tokens_.size();
      auto result = Value(value, raw, depth + 1, key);
      if (result != TokenizeResult::kOk) return result;
      last = tokens_[child].end;
    }
    return Close(index, last, '}');
  }

  TokenizeResult Array(od::array& array, int depth, size_t index) {
    uint32_t last = tokens_[index].begin + 1;
    for (auto element : array) {
      od::value value;
      if (std::move(element).get(value)) return TokenizeResult::kInvalid;
      size_t child = tokens_.size();
      auto result = Value(value, value.raw_json_token(), depth + 1, Key{});
      if (result != TokenizeResult::kOk) return result;
      last = tokens_[child].end;
    }
    return Close(index, last, ']');
  }

  // Appends a token starting at `begin` with `key`; returns its index.
  size_t Open(TokenKind kind, uint32_t begin, const Key& key) {
    Token& token = tokens_.emplace_back();
    token.begin = begin;
    token.kind = kind;
    bool member = key.end > key.begin;
    token.key_begin = member ? key.begin : begin;
    token.key_end = member ? key.end : begin;
    token.key_escaped = key.escaped;
    return tokens_.size() - 1;
  }

  // The closing bracket follows the last child after whitespace only.
  TokenizeResult Close(size_t index, uint32_t last, char bracket) {
    while (last < text_.size() && IsSpace(text_[last])) ++last;
    if (last >= text_.size() || text_[last] != bracket) {
      return TokenizeResult::kInvalid;
    }
    tokens_[index].end = last + 1;
    tokens_[index].next = uint32_t(tokens_.size());
    return TokenizeResult::kOk;
  }

  // Between a key's closing quote and its value: whitespace, ':', whitespace.
  bool FindKeyEnd(uint32_t value_begin, Key& key) {
    uint32_t at = value_begin;
    while (at > key.begin && IsSpace(text_[at - 1])) --at;
    if (at == key.begin || text_[--at] != ':') return false;
    while (at > key.begin && IsSpace(text_[at - 1])) --at;
    if (at < key.begin + 2 || text_[at - 1] != '"') return false;
    key.end = at;
    std::string_view body = text_.substr(key.begin + 1, at - key.begin - 2);
    key.escaped = any_backslash_ && HasBackslash(body);
    return !key.escaped || HasValidEscapes(body);
  }

  // A scalar's raw token runs to the next structural character; the value
  // is that minus trailing whitespace.
  TokenizeResult Scalar(std::string_view raw, od::json_type type,
                        const Key& key) {
    while (!raw.empty() && IsSpace(raw.back())) raw.remove_suffix(1);
    TokenKind kind = type == od::json_type::string   ? TokenKind::kString
                     : type == od::json_type::number ? TokenKind::kNumber
                                                     : TokenKind::kLiteral;
    size_t index = Open(kind, Offset(raw.data()), key);
    Token& token = tokens_[index];
    token.end = token.begin + uint32_t(raw.size());
    token.next = uint32_t(index + 1);
    if (kind == TokenKind::kString) {
      if (raw.size() < 2 || raw.back() != '"') return TokenizeResult::kInvalid;
      std::string_view body = raw.substr(1, raw.size() - 2);
      token.escaped = any_backslash_ && HasBackslash(body);
      if (token.escaped && !HasValidEscapes(body)) {
        return TokenizeResult::kInvalid;
      }
    } else if (kind == TokenKind::kNumber) {
      if (!IsJsonNumber(raw)) return TokenizeResult::kInvalid;
    } else if (raw != "true" && raw != "false" && raw != "null") {
      return TokenizeResult::kInvalid;
    }
    return TokenizeResult::kOk;
  }

  std::string_view text_;
  int max_depth_;
  std::vector<Token>& tokens_;
  bool any_backslash_;  // false: no string or key needs checking
};

}  // namespace

struct Tokenizer::Parser {
  od::parser parser;
};

Tokenizer::Tokenizer() : parser_(std::make_unique<Parser>()) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

TokenizeResult Tokenizer::Tokenize(std::string_view text, size_t readable,
                                   int max_depth, std::vector<Token>& tokens) {
  tokens.clear();
  if (readable < text.size() + kPaddingBytes) {
    padded_.assign(text);
    padded_.resize(text.size() + kPaddingBytes, ' ');
    text = std::string_view(padded_.data(), text.size());
    readable = padded_.size();
  }
  size_t first = 0;
  while (first < text.size() && IsSpace(text[first])) ++first;
  if (first == text.size() || (text[first] != '{' && text[first] != '[')) {
    return TokenizeResult::kInvalid;
  }
  od::document document;
  if (parser_->parser
          .iterate(
              simdjson::padded_string_view(text.data(), text.size(), readable))
          .get(document)) {
    return TokenizeResult::kInvalid;
  }
  od::value root;
  if (document.get_value().get(root)) return TokenizeResult::kInvalid;
  Walk walk(text, max_depth, tokens);
  auto result = walk.Value(root, root.raw_json_token(), 1, Key{});
  if (result != TokenizeResult::kOk) return result;
  for (size_t at = tokens[0].end; at < text.size(); ++at) {
    if (!IsSpace(text[at])) return TokenizeResult::kInvalid;
  }
  return TokenizeResult::kOk;
}

}  // namespace logveil::json
