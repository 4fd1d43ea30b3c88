#include "confirm/phone_context.h"

namespace logveil::confirm::phone {
namespace {

// Bytes between a key and its value: "phone: ", "tel=", "\"mobile\":\"".
bool IsKeyValueGlue(char c) {
  return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' ||
         c == '\'' || c == '#' || c == '.' || c == ',';
}
constexpr size_t kMaxGlueBytes = 4;
constexpr size_t kMaxKeyBytes = 40;
// "phone number is 4155550123": a keyword and up to two filler words.
constexpr int kMaxContextWords = 3;

constexpr std::string_view kPhoneWords[] = {
    "phone",  "telephone", "cellphone", "tel",      "mobile", "cell",
    "msisdn", "fax",       "sms",       "whatsapp", "call",   "contact"};
constexpr std::string_view kNumberWords[] = {"no", "nr", "num", "number"};
constexpr std::string_view kFillerWords[] = {"me", "at", "on", "is",
                                             "my", "no", "nr", "number"};
// Keys whose values are identifiers, never phone numbers.
constexpr std::string_view kIdWords[] = {
    "id",   "order",  "txn",      "transaction", "invoice", "ref",    "account",
    "acct", "ticket", "tracking", "serial",      "build",   "version"};

// "phone", and glued forms such as "phoneno" or "telnumber".
bool IsPhoneWord(std::string_view token) {
  for (std::string_view word : kPhoneWords) {
    if (token.size() < word.size() ||
        !EqualsLower(token.substr(0, word.size()), word)) {
      continue;
    }
    std::string_view rest = token.substr(word.size());
    if (rest.empty() || IsOneOf(rest, kNumberWords)) return true;
  }
  return false;
}

// The word (letters, digits, '_', '-') that ends before `pos`, after glue.
std::string_view PreviousWord(std::string_view text, size_t pos) {
  size_t glue = 0;
  while (pos > 0 && glue < kMaxGlueBytes && IsKeyValueGlue(text[pos - 1])) {
    --pos;
    ++glue;
  }
  size_t end = pos;
  while (pos > 0 && end - pos < kMaxKeyBytes &&
         (ascii::IsWordChar(text[pos - 1]) || text[pos - 1] == '-')) {
    --pos;
  }
  return text.substr(pos, end - pos);
}

// The last two tokens of a key: "phone_number", "mobileNo" and "PHONE-NR"
// all give {"phone"/"mobile", "number"/"No"/"NR"}.
struct KeyTail {
  std::string_view previous;
  std::string_view last;
};
KeyTail LastTokens(std::string_view word) {
  KeyTail tail;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i <= word.size(); ++i) {
    bool letter = i < word.size() && ascii::IsAlpha(word[i]);
    bool camel = letter && i > 0 && ascii::IsUpper(word[i]) &&
                 ascii::IsAlpha(word[i - 1]) && !ascii::IsUpper(word[i - 1]);
    if (start != std::string_view::npos && (!letter || camel)) {
      tail.previous = tail.last;
      tail.last = word.substr(start, i - start);
      start = std::string_view::npos;
    }
    if (letter && start == std::string_view::npos) start = i;
  }
  return tail;
}

}  // namespace

bool HasPhoneContext(std::string_view text, size_t pos) {
  for (int n = 0; n < kMaxContextWords; ++n) {
    std::string_view word = PreviousWord(text, pos);
    if (word.empty()) return false;
    KeyTail tail = LastTokens(word);
    if (IsPhoneWord(tail.last) ||
        (IsOneOf(tail.last, kNumberWords) && IsPhoneWord(tail.previous))) {
      return true;
    }
    if (!IsOneOf(word, kFillerWords)) return false;
    pos = static_cast<size_t>(word.data() - text.data());
  }
  return false;
}

bool HasIdContext(std::string_view text, size_t pos) {
  return IsOneOf(LastTokens(PreviousWord(text, pos)).last, kIdWords);
}

}  // namespace logveil::confirm::phone
