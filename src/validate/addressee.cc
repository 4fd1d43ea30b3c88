#include "validate/addressee.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"

namespace logveil::validate {
namespace {

// In lower case, sorted. Nouns for whoever a message goes to, and the
// adjectives that open such phrases ("Valued Customer", "Prospective
// Student"), singular and plural; and what "Hello" greets in test output
// ("Hello World!", "Hi there,").
constexpr std::array<std::string_view, 65> kGeneric = {
    "account",    "admin",       "administrator", "all",       "applicant",
    "applicants", "buyer",       "candidate",     "client",    "clients",
    "colleague",  "colleagues",  "customer",      "customers", "developer",
    "developers", "driver",      "everybody",     "everyone",  "folks",
    "friend",     "friends",     "guest",         "guests",    "guys",
    "hiring",     "host",        "madam",         "manager",   "member",
    "members",    "merchant",    "new",           "owner",     "parent",
    "parents",    "partner",     "partners",      "passenger", "patient",
    "player",     "prospective", "reader",        "recipient", "rider",
    "seller",     "shopper",     "sir",           "sirs",      "student",
    "subscriber", "subscribers", "supplier",      "support",   "team",
    "tenant",     "there",       "traveler",      "traveller", "user",
    "users",      "valued",      "vendor",        "visitor",   "world",
};

}  // namespace

bool IsPersonalAddressee(std::string_view name) {
  size_t end = 0;
  while (end < name.size() && ascii::IsAlpha(name[end])) ++end;
  if (end == 0 || end > 16) return true;
  char word[16];
  for (size_t i = 0; i < end; ++i) word[i] = ascii::ToLower(name[i]);
  return !std::binary_search(kGeneric.begin(), kGeneric.end(),
                             std::string_view(word, end));
}

}  // namespace logveil::validate
