#include "confirm/at_sign_lines.h"

#include "base/ascii.h"

namespace logveil::confirm {

bool RuleOutChatIds(std::string_view text, std::vector<ByteRange>& /*out*/) {
  constexpr std::string_view kDomains[] = {"s.whatsapp.net", "c.us", "g.us",
                                           "lid"};
  for (size_t at = text.find('@'); at != std::string_view::npos;
       at = text.find('@', at + 1)) {
    if (at == 0 || !ascii::IsDigit(text[at - 1])) continue;
    std::string_view after = text.substr(at + 1);
    for (std::string_view domain : kDomains) {
      if (after.starts_with(domain)) return false;
    }
  }
  return true;
}

bool RuleOutUrlUserinfo(std::string_view text,
                        std::vector<ByteRange>& /*out*/) {
  for (size_t scheme = text.find("://"); scheme != std::string_view::npos;
       scheme = text.find("://", scheme + 1)) {
    size_t end = text.find_first_of("/@", scheme + 3);
    if (end != std::string_view::npos && text[end] == '@') return false;
  }
  return true;
}

}  // namespace logveil::confirm
