// Tokenizer: the simdjson adapter, and the only file that includes it. It
// turns one JSON document into a flat list of tokens in document order, each
// with the byte offsets of its value (and of its key, for object members),
// so the rest of json/ edits documents in place without knowing simdjson.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logveil::json {

enum class TokenKind : uint8_t { kObject, kArray, kString, kNumber, kLiteral };

// One value of a document. Offsets are into the tokenized text. Containers
// are followed by their children; `next` skips the whole subtree.
struct Token {
  uint32_t begin = 0;      // first byte: '{', '[', '"', '-', a digit, t/f/n
  uint32_t end = 0;        // one past the last byte ('}', ']', '"', ...)
  uint32_t key_begin = 0;  // object member: its key's opening quote
  uint32_t key_end = 0;    // object member: one past the key's closing
                           // quote; equal to key_begin otherwise
  uint32_t next = 0;       // index of the first token after this subtree
  TokenKind kind = TokenKind::kLiteral;
  bool escaped = false;      // a string value holding a backslash
  bool key_escaped = false;  // a key holding a backslash

  bool is_member() const { return key_end > key_begin; }
  // The raw key bytes between the quotes. (Unchecked: the offsets are
  // in the text; substr's check costs a branch per value in the walker.)
  std::string_view Key(std::string_view text) const {
    return std::string_view(text.data() + key_begin + 1,
                            key_end - key_begin - 2);
  }
};

enum class TokenizeResult { kOk, kInvalid, kTooDeep };

class Tokenizer {
 public:
  // Bytes that must be readable past the end of a text for it to be parsed
  // in place (simdjson::SIMDJSON_PADDING; tokenizer.cc checks).
  static constexpr size_t kPaddingBytes = 64;

  Tokenizer();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // Replaces `tokens` with the tokens of `text`, a JSON object or array
  // with nothing but whitespace around it. `readable` bytes from
  // text.data() on may be read; with fewer than text.size() + kPaddingBytes
  // the text is first copied. Containers nested deeper than `max_depth`
  // (the root is depth 1) give kTooDeep. Scalars, escapes and the bytes
  // after the root are all checked: kOk means the whole text is valid JSON.
  TokenizeResult Tokenize(std::string_view text, size_t readable, int max_depth,
                          std::vector<Token>& tokens);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
  std::string padded_;  // copies of texts without enough readable bytes
};

}  // namespace logveil::json
