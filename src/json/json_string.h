// JSON token text: decoding string escapes (with a map back to the raw
// bytes, so a finding in decoded text can be spliced into the original
// token), re-escaping replacements, and the number grammar. Engine-free:
// simdjson finds the tokens, this file reads their bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::json {

// Appends the decoded content of `raw`, the bytes between a JSON string's
// quotes, to `out`. If `offsets` is not null, appends one entry per decoded
// byte: the offset in `raw` where the character or escape it came from
// starts (every byte of one escape shares it), then a final raw.size().
// A lone surrogate decodes to U+FFFD. Returns false on a malformed escape.
bool Unescape(std::string_view raw, std::string& out,
              std::vector<uint32_t>* offsets = nullptr);

// Returns false if `raw` (a string body) holds a malformed escape.
bool HasValidEscapes(std::string_view raw);

// Maps `decoded`, a range of text decoded with `offsets` (the entries
// Unescape appended for that string, starting at its first byte), to the
// raw range holding it, widened to whole escapes.
ByteRange RawRange(ByteRange decoded, const uint32_t* offsets);

// Appends `text` as the body of a JSON string: '"', '\' and control
// characters escaped, everything else (UTF-8 included) as it is.
void AppendEscaped(std::string_view text, std::string& out);

// JSON's insignificant whitespace: space, tab, LF and CR.
constexpr bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns true if `text` is exactly one JSON number (RFC 8259 grammar).
bool IsJsonNumber(std::string_view text);

// Returns true if `text` is a JSON integer (optional '-', digits only).
inline bool IsJsonInteger(std::string_view text) {
  if (!text.empty() && text[0] == '-') text.remove_prefix(1);
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace logveil::json
