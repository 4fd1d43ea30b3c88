// Escape sequences of the encodings logveil reads through: percent-encoding
// (RFC 3986, and '+' for space in query strings), HTML character references
// and JSON string escapes. The decoded view (detect/decoded_view.h) and the
// actions (transform/encoded_replacement.h) parse escapes here, so a value
// decodes the same way when it is found and when it is replaced.
//
// Malformed escapes (`%4`, `%zz`, `&#99999999;`, `\ud800` alone, an escape
// cut by the end of the text) are not escapes: their bytes stay literal.
// Two layers of one encoding decode at once (`%2540`, `&amp;#64;`,
// `\\u0040`) when the inner escape is of ASCII punctuation or space: a URL
// inside a query parameter has its own escapes escaped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "detect/finding.h"

namespace logveil::detect {

// One escape: `raw_size` bytes of text that mean the `size` bytes in
// `bytes` (one character, UTF-8).
struct Escape {
  uint8_t raw_size = 0;
  uint8_t size = 0;
  char bytes[4] = {};

  std::string_view decoded() const { return {bytes, size}; }
};

// Returns the name of `encoding`: "none", "percent", "form", "html", "json".
std::string_view EncodingName(Encoding encoding);

// Returns the byte every escape of `encoding` starts with ('%', '&', '\').
// kForm escapes also start with '+', which means a space.
char EscapeTrigger(Encoding encoding);

// Parses the escape of `encoding` that starts at text[at]. Returns false if
// there is none there. Never reads outside `text`.
bool ParseEscape(Encoding encoding, std::string_view text, size_t at,
                 Escape& escape);

// Appends `raw` decoded per `encoding` to `out`: each escape as the bytes it
// means, every other byte as it is. kNone appends `raw` unchanged.
void AppendDecoded(Encoding encoding, std::string_view raw, std::string& out);

}  // namespace logveil::detect
