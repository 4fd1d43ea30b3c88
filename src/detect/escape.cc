#include "detect/escape.h"

#include "base/ascii.h"

namespace logveil::detect {
namespace {

constexpr uint32_t kMaxCodePoint = 0x10ffff;
// A no-break space separates words like a space; the detectors only know
// ASCII separators, so it reads as one.
constexpr uint32_t kNoBreakSpace = 0xa0;

// A character reference or escape body: the code point and where it ends.
struct Parsed {
  uint32_t code_point = 0;
  size_t end = 0;
};

// Returns true for the code points an escape may mean: 1..0x10ffff, not a
// surrogate.
bool IsCharacter(uint32_t code_point) {
  return code_point != 0 && code_point <= kMaxCodePoint &&
         (code_point < 0xd800 || code_point > 0xdfff);
}

// Returns true if a second layer of escaping is read as one: double
// encoding escapes what the first layer escaped, ASCII punctuation and
// space ("%2540" is '@'). "%2510" stays '%' then "10": a numeric IPv6 zone
// in a URL (RFC 6874), not a control byte.
bool IsSecondLayer(uint32_t code_point) {
  return code_point >= 0x20 && code_point < 0x7f &&
         !ascii::IsAlnum(static_cast<char>(code_point));
}

// Stores `code_point` as UTF-8 in `escape`; false if it is no character.
bool SetCodePoint(uint32_t code_point, Escape& escape) {
  if (!IsCharacter(code_point)) return false;
  if (code_point == kNoBreakSpace) code_point = ' ';
  auto byte = [](uint32_t bits) { return static_cast<char>(bits); };
  if (code_point < 0x80) {
    escape.bytes[0] = byte(code_point);
    escape.size = 1;
  } else if (code_point < 0x800) {
    escape.bytes[0] = byte(0xc0 | code_point >> 6);
    escape.bytes[1] = byte(0x80 | (code_point & 0x3f));
    escape.size = 2;
  } else if (code_point < 0x10000) {
    escape.bytes[0] = byte(0xe0 | code_point >> 12);
    escape.bytes[1] = byte(0x80 | ((code_point >> 6) & 0x3f));
    escape.bytes[2] = byte(0x80 | (code_point & 0x3f));
    escape.size = 3;
  } else {
    escape.bytes[0] = byte(0xf0 | code_point >> 18);
    escape.bytes[1] = byte(0x80 | ((code_point >> 12) & 0x3f));
    escape.bytes[2] = byte(0x80 | ((code_point >> 6) & 0x3f));
    escape.bytes[3] = byte(0x80 | (code_point & 0x3f));
    escape.size = 4;
  }
  return true;
}

// Reads `digits` hex digits at text[at]; false if there are not that many.
bool ReadHex(std::string_view text, size_t at, int digits, uint32_t& value) {
  if (text.size() < at + digits) return false;
  value = 0;
  for (int i = 0; i < digits; ++i) {
    if (!ascii::IsHexDigit(text[at + i])) return false;
    value = value << 4 | ascii::HexValue(text[at + i]);
  }
  return true;
}

// The number of continuation bytes after a UTF-8 lead byte; 0 if `value`
// leads no sequence (ASCII, a continuation, C0, C1, F5-FF).
int Continuations(uint32_t value) {
  if (value < 0xC2 || value > 0xF4) return 0;
  return value >= 0xF0 ? 3 : value >= 0xE0 ? 2 : 1;
}

// True if `count` escaped continuation bytes ("%80".."%BF") follow the
// escape at text[lead].
bool HasContinuations(std::string_view text, size_t lead, int count) {
  uint32_t value;
  for (int k = 1; k <= count; ++k) {
    size_t next = lead + 3 * k;
    if (next >= text.size() || text[next] != '%' ||
        !ReadHex(text, next + 1, 2, value) || value < 0x80 || value > 0xBF) {
      return false;
    }
  }
  return true;
}

// True if the escaped byte `value` at text[at] is part of a UTF-8 sequence
// spelt in escapes: a lead byte with all its continuations, or one of
// those continuations. URLs percent-encode UTF-8; a lone "%DB" in
// "%DB_PASS%" is a Windows variable, not the byte 0xDB.
bool IsEscapedUtf8(std::string_view text, size_t at, uint32_t value) {
  if (value < 0x80 || value > 0xBF) {
    int count = Continuations(value);
    return count > 0 && HasContinuations(text, at, count);
  }
  // A continuation: back to its lead, over at most two more.
  for (size_t back = 1; back <= 3 && at >= 3 * back; ++back) {
    size_t escape = at - 3 * back;
    uint32_t before;
    if (text[escape] != '%' || !ReadHex(text, escape + 1, 2, before)) {
      return false;
    }
    int count = Continuations(before);
    if (count > 0) {
      return count >= static_cast<int>(back) &&
             HasContinuations(text, escape, count);
    }
    if (before < 0x80 || before > 0xBF) return false;
  }
  return false;
}

// Percent: "%HH"; "%25HH" is one byte under two layers (IsSecondLayer). A
// byte above 0x7F counts only inside an escaped UTF-8 sequence.
bool ParsePercent(std::string_view text, size_t at, Escape& escape) {
  uint32_t value;
  if (!ReadHex(text, at + 1, 2, value)) return false;
  if (value >= 0x80 && !IsEscapedUtf8(text, at, value)) return false;
  escape.raw_size = 3;
  uint32_t inner;
  if (value == '%' && ReadHex(text, at + 3, 2, inner) && IsSecondLayer(inner)) {
    value = inner;
    escape.raw_size = 5;
  }
  escape.bytes[0] = static_cast<char>(value);
  escape.size = 1;
  return true;
}

struct NamedReference {
  std::string_view name;
  char byte;
};

// The HTML named references of the ASCII characters that values and their
// separators are made of (WHATWG HTML, "Named character references"), plus
// &nbsp;. Names are case-sensitive.
constexpr NamedReference kNamedReferences[] = {
    {"amp", '&'},    {"AMP", '&'},     {"lt", '<'},     {"LT", '<'},
    {"gt", '>'},     {"GT", '>'},      {"quot", '"'},   {"QUOT", '"'},
    {"apos", '\''},  {"nbsp", ' '},    {"commat", '@'}, {"period", '.'},
    {"plus", '+'},   {"colon", ':'},   {"sol", '/'},    {"num", '#'},
    {"percnt", '%'}, {"lpar", '('},    {"rpar", ')'},   {"lowbar", '_'},
    {"equals", '='}, {"quest", '?'},   {"excl", '!'},   {"semi", ';'},
    {"comma", ','},  {"lsqb", '['},    {"rsqb", ']'},   {"lbrack", '['},
    {"rbrack", ']'}, {"dollar", '$'},  {"ast", '*'},    {"bsol", '\\'},
    {"Hat", '^'},    {"grave", '`'},   {"lcub", '{'},   {"rcub", '}'},
    {"lbrace", '{'}, {"rbrace", '}'},  {"verbar", '|'}, {"vert", '|'},
    {"Tab", '\t'},   {"NewLine", '\n'}};
constexpr size_t kMaxNameBytes = 7;
constexpr int kMaxDecimalDigits = 7;  // 1114111 = 0x10ffff
constexpr int kMaxHexDigits = 6;

// Parses "#DDD;", "#xHHH;" or "name;" at text[at], the byte after '&'.
bool ParseReferenceBody(std::string_view text, size_t at, Parsed& parsed) {
  size_t end = at;
  if (end < text.size() && text[end] == '#') {
    ++end;
    bool hex = end < text.size() && (text[end] | 0x20) == 'x';
    end += hex;
    size_t digits_begin = end;
    uint32_t value = 0;
    int max_digits = hex ? kMaxHexDigits : kMaxDecimalDigits;
    while (end < text.size() && end - digits_begin < size_t(max_digits) &&
           (hex ? ascii::IsHexDigit(text[end]) : ascii::IsDigit(text[end]))) {
      value = value * (hex ? 16 : 10) + ascii::HexValue(text[end]);
      ++end;
    }
    if (end == digits_begin || end >= text.size() || text[end] != ';') {
      return false;
    }
    parsed = {value, end + 1};
    return true;
  }
  while (end < text.size() && end - at <= kMaxNameBytes &&
         ascii::IsAlpha(text[end])) {
    ++end;
  }
  if (end >= text.size() || text[end] != ';') return false;
  std::string_view name = text.substr(at, end - at);
  for (const auto& reference : kNamedReferences) {
    if (reference.name == name) {
      parsed = {static_cast<unsigned char>(reference.byte), end + 1};
      return true;
    }
  }
  return false;
}

// HTML: a character reference; "&amp;" followed by a reference body is one
// character under two layers.
bool ParseHtml(std::string_view text, size_t at, Escape& escape) {
  Parsed parsed;
  if (!ParseReferenceBody(text, at + 1, parsed)) return false;
  Parsed inner;
  if (parsed.code_point == '&' && ParseReferenceBody(text, parsed.end, inner) &&
      IsSecondLayer(inner.code_point)) {
    parsed = inner;
  }
  escape.raw_size = static_cast<uint8_t>(parsed.end - at);
  return SetCodePoint(parsed.code_point, escape);
}

// Reads "uHHHH" at text[at] (after a backslash).
bool ReadUnit(std::string_view text, size_t at, uint32_t& unit) {
  return at < text.size() && text[at] == 'u' && ReadHex(text, at + 1, 4, unit);
}

bool IsHighSurrogate(uint32_t unit) { return unit >= 0xd800 && unit < 0xdc00; }
bool IsLowSurrogate(uint32_t unit) { return unit >= 0xdc00 && unit < 0xe000; }

// Parses the body of a JSON escape at text[at], the byte after '\': "uHHHH"
// (a surrogate pair as "uD83D\uDE00"), '"', '\', '/', 'n', 'r', 't'. '\b' and
// '\f' are left alone: in text logs they are Windows paths far more often.
bool ParseJsonBody(std::string_view text, size_t at, Parsed& parsed) {
  if (at >= text.size()) return false;
  uint32_t unit;
  if (ReadUnit(text, at, unit)) {
    parsed = {unit, at + 5};
    if (!IsHighSurrogate(unit)) return !IsLowSurrogate(unit);
    uint32_t low;
    if (at + 5 >= text.size() || text[at + 5] != '\\' ||
        !ReadUnit(text, at + 6, low) || !IsLowSurrogate(low)) {
      return false;
    }
    parsed = {0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), at + 11};
    return true;
  }
  switch (text[at]) {
    case '"':
    case '\\':
    case '/':
      parsed = {static_cast<unsigned char>(text[at]), at + 1};
      return true;
    case 'n':
      parsed = {'\n', at + 1};
      return true;
    case 'r':
      parsed = {'\r', at + 1};
      return true;
    case 't':
      parsed = {'\t', at + 1};
      return true;
    default:
      return false;
  }
}

// JSON: an escape; "\\uHHHH" is one character under two layers.
bool ParseJson(std::string_view text, size_t at, Escape& escape) {
  Parsed parsed;
  if (!ParseJsonBody(text, at + 1, parsed)) return false;
  uint32_t inner;
  if (parsed.code_point == '\\' && ReadUnit(text, parsed.end, inner) &&
      IsSecondLayer(inner)) {
    parsed = {inner, parsed.end + 5};
  }
  escape.raw_size = static_cast<uint8_t>(parsed.end - at);
  return SetCodePoint(parsed.code_point, escape);
}

}  // namespace

std::string_view EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kPercent:
      return "percent";
    case Encoding::kForm:
      return "form";
    case Encoding::kHtml:
      return "html";
    case Encoding::kJson:
      return "json";
    case Encoding::kNone:
      break;
  }
  return "none";
}

char EscapeTrigger(Encoding encoding) {
  switch (encoding) {
    case Encoding::kHtml:
      return '&';
    case Encoding::kJson:
      return '\\';
    default:
      return '%';
  }
}

bool ParseEscape(Encoding encoding, std::string_view text, size_t at,
                 Escape& escape) {
  char c = text[at];
  switch (encoding) {
    case Encoding::kNone:
      return false;
    case Encoding::kForm:
      if (c == '+') {
        escape = {1, 1, {' '}};
        return true;
      }
      [[fallthrough]];
    case Encoding::kPercent:
      return c == '%' && ParsePercent(text, at, escape);
    case Encoding::kHtml:
      return c == '&' && ParseHtml(text, at, escape);
    case Encoding::kJson:
      return c == '\\' && ParseJson(text, at, escape);
  }
  return false;
}

void AppendDecoded(Encoding encoding, std::string_view raw, std::string& out) {
  Escape escape;
  for (size_t at = 0; at < raw.size();) {
    if (ParseEscape(encoding, raw, at, escape)) {
      out.append(escape.decoded());
      at += escape.raw_size;
    } else {
      out.push_back(raw[at++]);
    }
  }
}

}  // namespace logveil::detect
