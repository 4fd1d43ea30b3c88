#include "validate/placeholder.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"

namespace logveil::validate {
namespace {

bool IsIdentifier(std::string_view text) {
  return !text.empty() && !ascii::IsDigit(text.front()) &&
         std::all_of(text.begin(), text.end(), ascii::IsWordChar);
}

// "%s", "%-10s", "%v", "%(password)s": a format directive.
bool IsFormatDirective(std::string_view value) {
  if (value.size() >= 4 && value[1] == '(') {
    size_t close = value.find(')');
    return close != std::string_view::npos && close + 2 == value.size() &&
           ascii::IsAlpha(value.back());
  }
  size_t i = 1;
  while (i < value.size() &&
         std::string_view("-+ #0123456789.*").find(value[i]) !=
             std::string_view::npos) {
    ++i;
  }
  return i < value.size() && value.size() - i <= 2 &&
         std::all_of(value.begin() + i, value.end(), ascii::IsAlpha);
}

// A reference to a credential kept elsewhere, not the credential: a shell,
// Windows or template variable ($DB_PASS, ${DB_PASS}, $(cat pw),
// %DB_PASS%, {{ .Values.pw }}, {password}) or a format directive. A value
// that only starts like one ("{SSHA}W6ph...", LDAP's hashed password;
// "{noop}hunter2", Spring's plain one; "%Tr0ub") is a credential.
bool IsReference(std::string_view value) {
  if (value.size() < 2) return false;
  switch (value.front()) {
    case '$':  // an unquoted "$(cat pw)" is cut at its blank
      return value[1] == '{' || value[1] == '(' ||
             IsIdentifier(value.substr(1));
    case '%':
      return (value.size() >= 3 && value.back() == '%' &&
              IsIdentifier(value.substr(1, value.size() - 2))) ||
             IsFormatDirective(value);
    case '{':
      return value[1] == '{' ||
             (value.back() == '}' &&
              std::all_of(value.begin() + 1, value.end() - 1, [](char c) {
                return ascii::IsWordChar(c) || c == '.';
              }));
    default:
      return false;
  }
}

}  // namespace

bool IsNotPlaceholder(std::string_view secret) {
  // Real keys are random over 36-64 symbols: 8 distinct bytes and a third
  // for the most frequent one leave a wide margin for 16+ character keys.
  constexpr int kMinDistinct = 8;
  std::array<int, 256> counts{};
  int distinct = 0;
  int most = 0;
  for (unsigned char c : secret) {
    distinct += counts[c]++ == 0;
    most = std::max(most, counts[c]);
  }
  return distinct >= kMinDistinct &&
         most * 3 <= static_cast<int>(secret.size());
}

bool IsCredentialValue(std::string_view value) {
  if (value.empty() ||
      value.find_first_not_of(value.front()) == std::string_view::npos ||
      IsReference(value)) {
    return false;
  }
  // A flag may close the sentence or bracket around it: MySQL's "Access
  // denied ... (using password: YES)".
  std::string_view word = value;
  while (!word.empty() && (word.back() == ')' || word.back() == '.')) {
    word.remove_suffix(1);
  }
  constexpr std::string_view kFlags[] = {"true", "false", "yes",  "no", "on",
                                         "off",  "null",  "none", "nil"};
  for (std::string_view flag : kFlags) {
    if (ascii::EqualsLower(word, flag)) return false;
  }
  return true;
}

}  // namespace logveil::validate
