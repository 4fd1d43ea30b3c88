#include "json/json_string.h"

#include <algorithm>

#include "base/ascii.h"

namespace logveil::json {
namespace {

// Reads 4 hex digits at raw[at..at+4) into `unit`.
bool ReadHex4(std::string_view raw, size_t at, uint32_t& unit) {
  if (at + 4 > raw.size()) return false;
  unit = 0;
  for (size_t i = at; i < at + 4; ++i) {
    if (!ascii::IsHexDigit(raw[i])) return false;
    unit = unit << 4 | uint32_t(ascii::HexValue(raw[i]));
  }
  return true;
}

void AppendUtf8(uint32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out.push_back(char(code_point));
  } else if (code_point < 0x800) {
    out.push_back(char(0xC0 | code_point >> 6));
    out.push_back(char(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(char(0xE0 | code_point >> 12));
    out.push_back(char(0x80 | (code_point >> 6 & 0x3F)));
    out.push_back(char(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(char(0xF0 | code_point >> 18));
    out.push_back(char(0x80 | (code_point >> 12 & 0x3F)));
    out.push_back(char(0x80 | (code_point >> 6 & 0x3F)));
    out.push_back(char(0x80 | (code_point & 0x3F)));
  }
}

// Decodes the \u escape at raw[at] (a pair if it is a high surrogate
// followed by a low one). Sets `length` to the raw bytes it used.
bool DecodeUnicode(std::string_view raw, size_t at, uint32_t& code_point,
                   size_t& length) {
  uint32_t unit;
  if (!ReadHex4(raw, at + 2, unit)) return false;
  length = 6;
  code_point = unit;
  if (unit >= 0xD800 && unit < 0xDC00) {
    uint32_t low;
    if (at + 8 <= raw.size() && raw[at + 6] == '\\' && raw[at + 7] == 'u' &&
        ReadHex4(raw, at + 8, low) && low >= 0xDC00 && low < 0xE000) {
      code_point = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      length = 12;
    } else {
      code_point = 0xFFFD;
    }
  } else if (unit >= 0xDC00 && unit < 0xE000) {
    code_point = 0xFFFD;
  }
  return true;
}

char SimpleEscape(char c) {
  switch (c) {
    case '"':
      return '"';
    case '\\':
      return '\\';
    case '/':
      return '/';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return 0;
  }
}

}  // namespace

bool Unescape(std::string_view raw, std::string& out,
              std::vector<uint32_t>* offsets) {
  size_t at = 0;
  while (at < raw.size()) {
    // The bytes up to the next escape go as one run.
    size_t run_end = std::min(raw.find('\\', at), raw.size());
    if (run_end > at) {
      out.append(raw.substr(at, run_end - at));
      if (offsets) {
        for (size_t i = at; i < run_end; ++i) offsets->push_back(uint32_t(i));
      }
      at = run_end;
      continue;
    }
    size_t before = out.size();
    size_t length = 1;
    if (at + 1 >= raw.size()) {
      return false;
    } else if (raw[at + 1] == 'u') {
      uint32_t code_point;
      if (!DecodeUnicode(raw, at, code_point, length)) return false;
      AppendUtf8(code_point, out);
    } else if (char c = SimpleEscape(raw[at + 1])) {
      out.push_back(c);
      length = 2;
    } else {
      return false;
    }
    if (offsets) offsets->insert(offsets->end(), out.size() - before, at);
    at += length;
  }
  if (offsets) offsets->push_back(uint32_t(raw.size()));
  return true;
}

bool HasValidEscapes(std::string_view raw) {
  for (size_t at = raw.find('\\'); at != std::string_view::npos;
       at = raw.find('\\', at)) {
    if (at + 1 >= raw.size()) return false;
    uint32_t unit;
    if (raw[at + 1] == 'u') {
      if (!ReadHex4(raw, at + 2, unit)) return false;
      at += 6;
    } else if (SimpleEscape(raw[at + 1])) {
      at += 2;
    } else {
      return false;
    }
  }
  return true;
}

ByteRange RawRange(ByteRange decoded, const uint32_t* offsets) {
  size_t end = decoded.end;
  // An end inside the bytes of one escape moves past that escape.
  while (end > decoded.begin && offsets[end] == offsets[end - 1]) ++end;
  return {offsets[decoded.begin], offsets[end]};
}

void AppendEscaped(std::string_view text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t copied = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.substr(copied, i - copied));
    copied = i + 1;
    out.push_back('\\');
    switch (c) {
      case '"':
        out.push_back('"');
        break;
      case '\\':
        out.push_back('\\');
        break;
      case '\n':
        out.push_back('n');
        break;
      case '\r':
        out.push_back('r');
        break;
      case '\t':
        out.push_back('t');
        break;
      case '\b':
        out.push_back('b');
        break;
      case '\f':
        out.push_back('f');
        break;
      default:
        out.append("u00");
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
  }
  out.append(text.substr(copied));
}

bool IsJsonNumber(std::string_view text) {
  size_t at = 0;
  auto digits = [&] {
    size_t start = at;
    while (at < text.size() && ascii::IsDigit(text[at])) ++at;
    return at > start;
  };
  if (at < text.size() && text[at] == '-') ++at;
  if (at < text.size() && text[at] == '0') {
    ++at;
  } else if (!digits()) {
    return false;
  }
  if (at < text.size() && text[at] == '.') {
    ++at;
    if (!digits()) return false;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    if (!digits()) return false;
  }
  return at == text.size();
}

}  // namespace logveil::json
