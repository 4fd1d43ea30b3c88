#include "detect/reverse_dns.h"

#include "base/ascii.h"

namespace logveil::detect {
namespace {

bool StartsWithNoCase(std::string_view text, std::string_view lower) {
  return ascii::EqualsLower(text.substr(0, lower.size()), lower);
}

// Four groups of digits joined by dots.
bool IsDottedQuad(std::string_view value) {
  int dots = 0;
  for (char c : value) {
    if (c == '.') {
      ++dots;
    } else if (!ascii::IsDigit(c)) {
      return false;
    }
  }
  return dots == 3;
}

bool IsReverseDns(std::string_view value, std::string_view after) {
  if (after.empty() || after[0] != '.') return false;
  return (StartsWithNoCase(after, ".in-addr.arpa") && IsDottedQuad(value)) ||
         (StartsWithNoCase(after, ".ip6.arpa") && IsDottedNibbles(value));
}

}  // namespace

bool IsDottedNibbles(std::string_view value) {
  if (value.size() != 63) return false;
  for (size_t i = 0; i < value.size(); ++i) {
    bool ok = i % 2 == 0 ? ascii::IsHexDigit(value[i]) : value[i] == '.';
    if (!ok) return false;
  }
  return true;
}

void MarkReverseDns(std::string_view text, std::vector<Finding>& findings) {
  for (Finding& finding : findings) {
    if (finding.encoding != Encoding::kNone) continue;
    finding.reverse_dns =
        IsReverseDns(finding.range.In(text), text.substr(finding.range.end));
  }
}

}  // namespace logveil::detect
