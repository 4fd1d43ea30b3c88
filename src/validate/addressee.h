// Tells a person's name after a salutation ("Dear Jane Roe,") from the
// generic addressees of form letters and notifications ("Dear Customer,",
// "Dear Valued Member,", "Dear Sir or Madam,", "Hello World!").
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns false if the first word of `name` (any case) is a generic
// addressee or a word that opens one: customer, user, member, sir, madam,
// team, all, valued, ...; true for anything else.
bool IsPersonalAddressee(std::string_view name);

}  // namespace logveil::validate
