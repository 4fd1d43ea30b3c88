// The words before a card number candidate: a word that names a payment card
// ("card 5018...", "credit card number is ...", "\"pan\":\"...") lets a
// Luhn-valid number through that no issuer range vouches for (12-digit
// Maestro, UATP, numbers outside the published ranges).
#pragma once

#include <cstddef>
#include <string_view>

namespace logveil::confirm::card {

// True if a word or key that names a payment card ends right before `pos`,
// with at most two filler words in between ("number", "is", ...).
bool HasCardContext(std::string_view text, size_t pos);

}  // namespace logveil::confirm::card
