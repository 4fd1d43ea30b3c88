#include "validate/iban.h"

#include <array>
#include <cstdint>

#include "base/ascii.h"

namespace logveil::validate {
namespace {

struct CountryFormat {
  std::string_view country;
  // The BBAN (the part after the check digits) as runs of a count and a
  // class: n = digits, a = upper-case letters, c = either. "4a14n" is four
  // letters (the bank code) and fourteen digits.
  std::string_view bban;
};

// The SWIFT IBAN Registry (ISO 13616-1 registration authority), 89
// countries, then 22 countries whose banks issue IBAN-shaped numbers
// without a registry entry (Iran's Sheba, Algeria, Morocco, the CFA franc
// zones, ...; IBAN.com's "experimental" list, which validators such as
// Symfony's and validator.js carry). Adjacent fields of the same class are
// merged.
constexpr CountryFormat kRegistry[] = {
    {"AD", "8n12c"},
    {"AE", "19n"},
    {"AL", "8n16c"},
    {"AT", "16n"},
    {"AZ", "4a20c"},
    {"BA", "16n"},
    {"BE", "12n"},
    {"BG", "4a6n8c"},
    {"BH", "4a14c"},
    {"BI", "23n"},
    {"BR", "23n1a1c"},
    {"BY", "4c4n16c"},
    {"CH", "5n12c"},
    {"CR", "18n"},
    {"CY", "8n16c"},
    {"CZ", "20n"},
    {"DE", "18n"},
    {"DJ", "23n"},
    {"DK", "14n"},
    {"DO", "4c20n"},
    {"EE", "16n"},
    {"EG", "25n"},
    {"ES", "20n"},
    {"FI", "14n"},
    {"FK", "2a12n"},
    {"FO", "14n"},
    {"FR", "10n11c2n"},
    {"GB", "4a14n"},
    {"GE", "2a16n"},
    {"GI", "4a15c"},
    {"GL", "14n"},
    {"GR", "7n16c"},
    {"GT", "24c"},
    {"HN", "4a20n"},
    {"HR", "17n"},
    {"HU", "24n"},
    {"IE", "4a14n"},
    {"IL", "19n"},
    {"IQ", "4a15n"},
    {"IS", "22n"},
    {"IT", "1a10n12c"},
    {"JO", "4a4n18c"},
    {"KW", "4a22c"},
    {"KZ", "3n13c"},
    {"LB", "4n20c"},
    {"LC", "4a24c"},
    {"LI", "5n12c"},
    {"LT", "16n"},
    {"LU", "3n13c"},
    {"LV", "4a13c"},
    {"LY", "21n"},
    {"MC", "10n11c2n"},
    {"MD", "20c"},
    {"ME", "18n"},
    {"MK", "3n10c2n"},
    {"MN", "16n"},
    {"MR", "23n"},
    {"MT", "4a5n18c"},
    {"MU", "4a19n3a"},
    {"NI", "4a20n"},
    {"NL", "4a10n"},
    {"NO", "11n"},
    {"OM", "3n16c"},
    {"PK", "4a16c"},
    {"PL", "24n"},
    {"PS", "4a21c"},
    {"PT", "21n"},
    {"QA", "4a21c"},
    {"RO", "4a16c"},
    {"RS", "18n"},
    {"RU", "14n15c"},
    {"SA", "2n18c"},
    {"SC", "4a20n3a"},
    {"SD", "14n"},
    {"SE", "20n"},
    {"SI", "15n"},
    {"SK", "20n"},
    {"SM", "1a10n12c"},
    {"SO", "19n"},
    {"ST", "21n"},
    {"SV", "4a20n"},
    {"TL", "19n"},
    {"TN", "20n"},
    {"TR", "6n16c"},
    {"UA", "6n19c"},
    {"VA", "18n"},
    {"VG", "4a16n"},
    {"XK", "16n"},
    {"YE", "4a4n18c"},
    // Outside the registry.
    {"AO", "21n"},
    {"BF", "2c22n"},
    {"BJ", "2c22n"},
    {"CF", "23n"},
    {"CG", "23n"},
    {"CI", "1a23n"},
    {"CM", "23n"},
    {"CV", "21n"},
    {"DZ", "22n"},
    {"GA", "23n"},
    {"GQ", "23n"},
    {"GW", "2c19n"},
    {"IR", "22n"},
    {"KM", "23n"},
    {"MA", "24n"},
    {"MG", "23n"},
    {"ML", "2c22n"},
    {"MZ", "21n"},
    {"NE", "2a22n"},
    {"SN", "2a22n"},
    {"TD", "23n"},
    {"TG", "2a22n"},
};

constexpr int kLetters = 26;
constexpr size_t kPrefixLength = 4;    // country code and check digits
constexpr size_t kMaxIbanLength = 34;  // ISO 13616-1

constexpr int CountryIndex(char first, char second) {
  return (first - 'A') * kLetters + (second - 'A');
}

constexpr int BbanLength(std::string_view bban) {
  int total = 0;
  int count = 0;
  for (char c : bban) {
    if (ascii::IsDigit(c)) {
      count = count * 10 + (c - '0');
    } else {
      total += count;
      count = 0;
    }
  }
  return total;
}

// 1 + the registry row of each country, in a 26x26 table indexed by the two
// letters: one load per lookup, which matters because the finder asks at
// every word that starts with two letters and two digits.
constexpr auto kRowByCountry = [] {
  std::array<uint8_t, kLetters * kLetters> table{};
  for (size_t row = 0; row < std::size(kRegistry); ++row) {
    std::string_view country = kRegistry[row].country;
    table[CountryIndex(country[0], country[1])] = static_cast<uint8_t>(row + 1);
  }
  return table;
}();

const CountryFormat* FindCountry(char first, char second) {
  if (!ascii::IsUpper(first) || !ascii::IsUpper(second)) return nullptr;
  int row = kRowByCountry[CountryIndex(first, second)];
  return row == 0 ? nullptr : &kRegistry[row - 1];
}

// The registry's classes: 'n' digits, 'a' upper-case letters, 'c' letters
// of either case and digits. An IBAN written all in lower case
// ("gb82west...") has its 'a' letters in lower case.
bool MatchesClass(char c, char character_class, bool lower_case_iban) {
  switch (character_class) {
    case 'n':
      return ascii::IsDigit(c);
    case 'a':
      return lower_case_iban ? ascii::IsAlpha(c) && !ascii::IsUpper(c)
                             : ascii::IsUpper(c);
    default:
      return ascii::IsAlnum(c);
  }
}

// True if `bban` follows the registry format `format`: a bank code "1BNA"
// where NL has four letters is a typo, and so is "bANK" where LV has four
// upper-case letters.
bool MatchesFormat(std::string_view bban, std::string_view format,
                   bool lower_case_iban) {
  size_t i = 0;
  size_t count = 0;
  for (char c : format) {
    if (ascii::IsDigit(c)) {
      count = count * 10 + (c - '0');
      continue;
    }
    for (; count > 0; --count, ++i) {
      if (i >= bban.size() || !MatchesClass(bban[i], c, lower_case_iban)) {
        return false;
      }
    }
  }
  return i == bban.size();
}

// ISO 13616-1 / ISO 7064 MOD 97-10: move the first four characters to the
// end, read letters as 10..35, and the number must be 1 mod 97. `iban` holds
// only digits and upper-case letters.
bool HasValidCheckDigits(std::string_view iban) {
  int remainder = 0;
  for (size_t k = 0; k < iban.size(); ++k) {
    char c = iban[(k + kPrefixLength) % iban.size()];
    if (ascii::IsDigit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    }
  }
  return remainder == 1;
}

}  // namespace

int IbanLengthForCountry(std::string_view country) {
  if (country.size() != 2) return 0;
  const CountryFormat* format = FindCountry(country[0], country[1]);
  return format == nullptr ? 0 : kPrefixLength + BbanLength(format->bban);
}

bool IsIbanValid(std::string_view iban) {
  // Compact copies on the stack, as written and upper-cased; anything
  // longer is invalid.
  char written[kMaxIbanLength];
  char upper[kMaxIbanLength];
  size_t size = 0;
  for (char c : iban) {
    if (c == ' ') continue;
    if (!ascii::IsAlnum(c) || size == kMaxIbanLength) return false;
    written[size] = c;
    upper[size++] = ascii::IsAlpha(c) ? static_cast<char>(c & ~0x20) : c;
  }
  std::string_view value(upper, size);
  if (size <= kPrefixLength) return false;
  const CountryFormat* format = FindCountry(value[0], value[1]);
  bool lower_case_iban = !ascii::IsUpper(written[0]);
  if (format == nullptr || !ascii::IsDigit(value[2]) ||
      !ascii::IsDigit(value[3]) ||
      !MatchesFormat({written + kPrefixLength, size - kPrefixLength},
                     format->bban, lower_case_iban)) {
    return false;
  }
  // ISO 13616-1 computes the check digits as 98 - (n mod 97), so they lie
  // in 02..98; "00", "01" and "99" never occur.
  int check = (value[2] - '0') * 10 + (value[3] - '0');
  if (check < 2 || check > 98) return false;
  return HasValidCheckDigits(value);
}

}  // namespace logveil::validate
