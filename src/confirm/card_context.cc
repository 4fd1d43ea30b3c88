#include "confirm/card_context.h"

#include "base/ascii.h"
#include "confirm/key_words.h"

namespace logveil::confirm::card {
namespace {

// Bytes between a key and its value: "card: ", "cc=", "\"pan\":\"",
// "card # ", "credit card? ", "card no. ".
bool IsGlue(char c) {
  return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' ||
         c == '\'' || c == '#' || c == '?' || c == ',' || c == '.';
}
constexpr size_t kMaxGlueBytes = 4;
constexpr size_t kMaxWordBytes = 32;
// "credit card number is 6759...": a card word and up to two fillers.
constexpr int kMaxWords = 3;

constexpr std::string_view kCardWords[] = {
    "card", "cc",   "ccn",  "pan",        "credit", "debit",  "maestro",
    "visa", "amex", "uatp", "mastercard", "jcb",    "diners", "discover"};
constexpr std::string_view kNumberWords[] = {"no", "nr", "num", "number"};
constexpr std::string_view kFillerWords[] = {"number", "no", "nr", "num",
                                             "is",     "my", "the"};

// A key's parts split at '_', '-' and lower-to-upper case changes:
// "card_number", "cardNo" and "CC-NUM" end in a card word and a number word;
// "pan_id" and "cardholder" do not name a card number.
bool NamesCard(std::string_view key) {
  std::string_view previous;
  std::string_view last;
  size_t start = 0;
  for (size_t i = 0; i <= key.size(); ++i) {
    bool separator = i < key.size() && (key[i] == '_' || key[i] == '-');
    bool camel = i > 0 && i < key.size() && ascii::IsUpper(key[i]) &&
                 ascii::IsAlpha(key[i - 1]) && !ascii::IsUpper(key[i - 1]);
    if (i < key.size() && !separator && !camel) continue;
    if (i > start) {
      previous = last;
      last = key.substr(start, i - start);
    }
    start = separator ? i + 1 : i;
  }
  return IsOneOf(last, kCardWords) ||
         (IsOneOf(last, kNumberWords) && IsOneOf(previous, kCardWords));
}

}  // namespace

bool HasCardContext(std::string_view text, size_t pos) {
  for (int n = 0; n < kMaxWords; ++n) {
    size_t glue = 0;
    while (pos > 0 && glue < kMaxGlueBytes && IsGlue(text[pos - 1])) {
      --pos;
      ++glue;
    }
    size_t end = pos;
    while (pos > 0 && end - pos < kMaxWordBytes &&
           (ascii::IsWordChar(text[pos - 1]) || text[pos - 1] == '-')) {
      --pos;
    }
    std::string_view word = text.substr(pos, end - pos);
    if (word.empty()) return false;
    if (NamesCard(word)) return true;
    if (!IsOneOf(word, kFillerWords)) return false;
  }
  return false;
}

}  // namespace logveil::confirm::card
