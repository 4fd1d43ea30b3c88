#include "transform/encoded_replacement.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "detect/escape.h"
#include "transform/apply.h"
#include "transform/encrypt.h"
#include "transform/reverse_dns.h"
#include "transform/value_kind.h"

namespace logveil::transform {
namespace {

using detect::Encoding;

// How each ASCII byte was escaped in a finding's text (the first escape of
// it seen), so a replacement writes it the same way.
struct EscapeTable {
  std::array<std::string_view, 128> escapes;
  bool any = false;  // the text holds at least one escape
};

void ReadEscapes(Encoding encoding, std::string_view raw, EscapeTable& table) {
  table.escapes.fill({});
  table.any = false;
  detect::Escape escape;
  for (size_t at = 0; at < raw.size();) {
    if (!detect::ParseEscape(encoding, raw, at, escape)) {
      ++at;
      continue;
    }
    table.any = true;
    auto byte = static_cast<unsigned char>(escape.bytes[0]);
    if (escape.size == 1 && byte < 0x80 && table.escapes[byte].empty()) {
      table.escapes[byte] = raw.substr(at, escape.raw_size);
    }
    at += escape.raw_size;
  }
}

// Returns true if `c` may stand as it is in percent-encoded text. In a
// query string '+' would read as a space, and '&', '=' and ';' would split
// the parameter. '[' and ']' stay, so tokens stay readable.
bool IsPercentLiteral(unsigned char c, bool query) {
  if (ascii::IsAlnum(static_cast<char>(c))) return true;
  std::string_view literal = query ? "-._~!$'()*,:@/[]" : "-._~!$'()*,;=:@/[]+";
  return c != 0 && literal.find(static_cast<char>(c)) != std::string_view::npos;
}

void AppendPercent(char c, bool query, std::string& out) {
  constexpr char kHex[] = "0123456789ABCDEF";
  auto byte = static_cast<unsigned char>(c);
  if (query && c == ' ') {
    out.push_back('+');
  } else if (IsPercentLiteral(byte, query)) {
    out.push_back(c);
  } else {
    out.push_back('%');
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0xf]);
  }
}

// Returns the HTML reference for `c`, or `c` itself (a view of it).
std::string_view HtmlEscaped(const char& c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return {&c, 1};
  }
}

void AppendJson(char c, std::string& out) {
  constexpr char kHex[] = "0123456789abcdef";
  auto byte = static_cast<unsigned char>(c);
  if (c == '"' || c == '\\') {
    out.push_back('\\');
    out.push_back(c);
  } else if (c == '\n') {
    out.append("\\n");
  } else if (c == '\r') {
    out.append("\\r");
  } else if (c == '\t') {
    out.append("\\t");
  } else if (byte < 0x20) {
    out.append("\\u00");
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0xf]);
  } else {
    out.push_back(c);
  }
}

// Appends `c` as `encoding` needs it: escaped if it cannot stand as it is.
void AppendCanonical(Encoding encoding, char c, std::string& out) {
  switch (encoding) {
    case Encoding::kPercent:
    case Encoding::kForm:
      AppendPercent(c, encoding == Encoding::kForm, out);
      break;
    case Encoding::kHtml:
      out.append(HtmlEscaped(c));
      break;
    case Encoding::kJson:
      AppendJson(c, out);
      break;
    case Encoding::kNone:
      out.push_back(c);
      break;
  }
}

// Returns true if `action` writes a value of the finding's type (which
// mirrors the finding's escapes) rather than a token.
bool WritesValue(const Action& action, std::string_view label) {
  if (std::holds_alternative<MaskAction>(action)) return true;
  bool typed = std::holds_alternative<PseudonymizeAction>(action) ||
               std::holds_alternative<GeneralizeAction>(action);
  return typed && KindOfLabel(label) != ValueKind::kOther;
}

// Decodes `raw`, runs `action` on the value and appends what it writes,
// escaped like `raw`.
void AppendDecodedReplacement(const Action& action, std::string_view label,
                              std::string_view raw, Encoding encoding,
                              std::string& out) {
  thread_local std::string value, replacement;
  thread_local EscapeTable table;
  value.clear();
  detect::AppendDecoded(encoding, raw, value);
  replacement.clear();
  AppendReplacement(action, label, value, replacement);
  ReadEscapes(encoding, raw, table);
  bool mirror = WritesValue(action, label);
  bool escaped = table.any || encoding == Encoding::kForm;
  for (char c : replacement) {
    auto byte = static_cast<unsigned char>(c);
    if (mirror && byte < 0x80 && !table.escapes[byte].empty()) {
      out.append(table.escapes[byte]);
    } else if (escaped) {
      AppendCanonical(encoding, c, out);
    } else {
      out.push_back(c);
    }
  }
}

// True if `action`'s result depends on which address a value is, not on how
// it is written (a mask or a seal keeps the notation's bytes).
bool ActsOnAddress(const Action& action) {
  return std::holds_alternative<HashAction>(action) ||
         std::holds_alternative<PseudonymizeAction>(action) ||
         std::holds_alternative<GeneralizeAction>(action);
}

// `raw` is an address written as in a reverse DNS name: the action runs on
// the forward address, and an address it writes goes back reversed.
void AppendReverseDnsReplacement(const Action& action, std::string_view label,
                                 std::string_view raw, std::string& out) {
  thread_local std::string forward, replacement;
  forward.clear();
  if (!AppendForwardAddress(raw, forward)) {
    AppendReplacement(action, label, raw, out);
    return;
  }
  replacement.clear();
  AppendReplacement(action, label, forward, replacement);
  bool uppercase = std::any_of(raw.begin(), raw.end(), ascii::IsUpper);
  AppendReversedAddress(replacement, uppercase, out);
}

}  // namespace

void AppendFindingReplacement(const Action& action, std::string_view label,
                              std::string_view raw,
                              const detect::Finding& finding,
                              std::string& out) {
  Encoding encoding = finding.encoding;
  const auto* encrypt = std::get_if<EncryptAction>(&action);
  if (finding.reverse_dns && ActsOnAddress(action)) {
    AppendReverseDnsReplacement(action, label, raw, out);
  } else if (encoding == Encoding::kNone) {
    AppendReplacement(action, label, raw, out);
  } else if (std::holds_alternative<KeepAction>(action)) {
    out.append(raw);
  } else if (encrypt) {
    // The token's bytes ('[', label, '~', base64url, ']') need no escape in
    // any encoding.
    AppendEncrypted(*encrypt->key, label, raw, out);
  } else {
    AppendDecodedReplacement(action, label, raw, encoding, out);
  }
}

}  // namespace logveil::transform
