#include "validate/email_domain.h"

#include <string>
#include <unordered_set>

#include "base/ascii.h"

namespace logveil::validate {

// Defined in the generated tlds.cc: the text of patterns/tlds.txt.
std::string_view TldListText();

namespace {

std::unordered_set<std::string_view> BuildTldSet() {
  std::unordered_set<std::string_view> tlds;
  std::string_view text = TldListText();
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    if (!line.empty() && line[0] != '#') tlds.insert(line);
    if (eol == std::string_view::npos) break;
    text.remove_prefix(eol + 1);
  }
  return tlds;
}

constexpr size_t kLongestTld = 63;  // RFC 1035 label limit

}  // namespace

bool IsKnownTld(std::string_view tld) {
  static const auto* const kTlds =
      new std::unordered_set<std::string_view>(BuildTldSet());
  if (tld.empty() || tld.size() > kLongestTld) return false;
  char lower[kLongestTld];
  for (size_t i = 0; i < tld.size(); ++i) lower[i] = ascii::ToLower(tld[i]);
  return kTlds->count(std::string_view(lower, tld.size())) > 0;
}

bool HasKnownTld(std::string_view email) {
  size_t dot = email.rfind('.');
  return dot != std::string_view::npos && IsKnownTld(email.substr(dot + 1));
}

}  // namespace logveil::validate
