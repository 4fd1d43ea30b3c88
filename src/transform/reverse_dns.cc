#include "transform/reverse_dns.h"

#include "detect/reverse_dns.h"
#include "transform/ip_text.h"

namespace logveil::transform {
namespace {

constexpr size_t kNibbles = 32;

// Appends the dot-separated parts of `text` in reverse order.
void AppendPartsReversed(std::string_view text, std::string& out) {
  size_t end = text.size();
  while (true) {
    size_t dot = text.rfind('.', end == 0 ? 0 : end - 1);
    size_t begin = dot == std::string_view::npos ? 0 : dot + 1;
    out.append(text.substr(begin, end - begin));
    if (dot == std::string_view::npos) return;
    out.push_back('.');
    end = dot;
  }
}

bool AppendForwardNibbles(std::string_view value, std::string& forward) {
  if (!detect::IsDottedNibbles(value)) return false;
  for (size_t i = 0; i < kNibbles; ++i) {
    if (i > 0 && i % 4 == 0) forward.push_back(':');
    forward.push_back(value[value.size() - 1 - 2 * i]);
  }
  return true;
}

}  // namespace

bool AppendForwardAddress(std::string_view reversed, std::string& forward) {
  IpText ip;
  if (ParseIpText(reversed, ip) && ip.ipv4 && ip.ipv4_separator == '.') {
    AppendPartsReversed(reversed, forward);
    return true;
  }
  return AppendForwardNibbles(reversed, forward);
}

void AppendReversedAddress(std::string_view address, bool uppercase,
                           std::string& out) {
  IpText ip;
  if (!ParseIpText(address, ip)) {
    out.append(address);
  } else if (ip.ipv4) {
    AppendPartsReversed(address, out);
  } else {
    const char* hex = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
    for (size_t i = 0; i < kNibbles; ++i) {
      uint8_t byte = ip.address[15 - i / 2];
      if (i > 0) out.push_back('.');
      out.push_back(hex[i % 2 == 0 ? byte & 0xf : byte >> 4]);
    }
  }
}

}  // namespace logveil::transform
