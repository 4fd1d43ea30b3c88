// The words before a phone number candidate: a key or phrase that names a
// phone number ("phone: ", "\"mobileNo\":", "call me at") lets a number
// through that separators alone would not; an id key ("order id") stops it.
#pragma once

#include <cstddef>
#include <string_view>

#include "confirm/key_words.h"

namespace logveil::confirm::phone {

// True if a key or phrase right before `pos` names a phone number.
bool HasPhoneContext(std::string_view text, size_t pos);

// True if the key right before `pos` names an identifier ("order_id: ").
bool HasIdContext(std::string_view text, size_t pos);

}  // namespace logveil::confirm::phone
