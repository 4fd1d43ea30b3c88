// Context words: what the words next to a value say it is. A key or phrase
// before it ("phone=", "\"msisdn\": ", "call me at", "order id") either
// vouches for the value (a boost word) or names it as something else: an
// id, a time stamp, a version (a suppress word). A unit right after it
// ("0.52 s", "1500 ms") makes it a measurement, which suppresses it too. Each
// pattern entry lists its words under `context:` (patterns/README.md). A finder
// with a weak tier (bare national phone numbers) asks before it spends a
// validation, and detect/context_filter.h applies the same words to every
// finding, so one list serves both. ASCII, case-insensitive, never past the
// line.
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm {

enum class ContextVerdict { kNone, kBoost, kSuppress };

// How a key is read: it is split into tokens at '_', '-' and camelCase
// humps ("user_phoneNumber" -> user, phone, Number), and tokens are read
// from the value outwards. A listed token decides (or a listed pair of
// tokens, "caller_id", with the token before it: "callerId" is a phone
// number's key, "callId" an id's); a filler token ("no", "number", "is",
// "me", "at", ...) is skipped; any other token ends the search. Up to three
// words before the value count ("call me at"), and the one word after it,
// unless that word is the next key ("ms" in "0.5 ms", not "id" in "..., id=7").
// The nearer side decides; at equal distance a boost wins, since missing
// personal data costs more than redacting an id.
class ContextWords {
 public:
  ContextWords() = default;
  // Every list holds lower-case words of letters and digits, or two of
  // them joined by '_' (a pair of tokens).
  ContextWords(std::vector<std::string> boost,
               std::vector<std::string> suppress,
               std::vector<std::string> units);

  bool empty() const {
    return boost_.empty() && suppress_.empty() && units_.empty();
  }

  // True if a boost word ends in a digit ("tel2"). When none does, a word
  // that ends in a digit never boosts, which finders' triggers rely on.
  bool BoostEndsInDigit() const { return boost_ends_in_digit_; }

  // Returns what the nearest listed word around `value` in `text` says.
  // Reads at most ~100 bytes; allocates nothing.
  ContextVerdict Judge(std::string_view text, ByteRange value) const;

  // Judge(text, value) == kBoost, but reading the words after the value
  // only when one before it boosts: most values have none, and only the
  // boost matters to a finder that needs one.
  bool Boosts(std::string_view text, ByteRange value) const;

  // True if the letters ending at `pos`, glued to it with no separator,
  // are as a whole a boost word: "call" in "Hi call+44 20 7123 4567". The
  // whole word must match, so base64 ("xYzCall+49...") never does.
  bool BoostsGlued(std::string_view text, size_t pos) const;

 private:
  struct Side {
    ContextVerdict verdict = ContextVerdict::kNone;
    int distance = 0;  // in words from the value
  };
  Side Before(std::string_view text, size_t pos) const;
  // A bit per ending of a token: the last two bytes as a pair of codes (a
  // letter in either case, a digit), or the one byte of a one-byte token.
  static constexpr size_t kEndingCodes = 37;
  using Endings = std::bitset<kEndingCodes*(kEndingCodes + 1)>;
  // False if Before(text, pos) surely says none of `wanted`: the token
  // nearest `pos` does not end like a word of `endings` (listed words,
  // fillers, number words), and it is no listed pair of `wanted` with the
  // token before it. Most values fail this, which costs less than
  // classifying the tokens.
  enum class Wanted { kBoost, kAny };
  bool MayDecideBefore(std::string_view text, size_t pos,
                       const Endings& endings, Wanted wanted) const;
  // The bit of an Endings for a non-empty token of letters and digits.
  static size_t EndingBit(std::string_view token);
  Side After(std::string_view text, size_t pos) const;
  // What Judge says given both sides: the nearer one, a boost on a tie.
  static ContextVerdict Nearer(Side before, Side after);
  // The verdict of two tokens in a row of a key as a listed pair
  // ("caller_id"), or kNone.
  ContextVerdict ClassifyPair(std::string_view first,
                              std::string_view second) const;
  // The verdict of one token of a key, or kNone for an unlisted one.
  ContextVerdict Classify(std::string_view token) const;
  // The verdict of a lower-case word, or kNone.
  ContextVerdict Lookup(std::string_view lower) const;

  std::vector<std::string> boost_;     // sorted
  std::vector<std::string> suppress_;  // sorted
  std::vector<std::string> units_;     // sorted
  // A bit per (length, first byte, last byte) signature of the boost and
  // suppress words: most tokens before a value ("at", "via", "client")
  // are told apart by it before any comparison.
  std::bitset<256> signatures_;
  // The endings of each boost word, filler and number word; of those and
  // the suppress words; of the second token of each pair ("id" of
  // "caller_id").
  Endings boost_endings_;
  Endings listed_endings_;
  Endings pair_endings_;
  bool boost_ends_in_digit_ = false;
};

}  // namespace logveil::confirm
