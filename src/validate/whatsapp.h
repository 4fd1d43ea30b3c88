// WhatsApp message ids ("wamid.HBgMNDQ3OTExMTIzNDU2FQIAEhgU..."): the part
// after "wamid." is base64 of a Thrift struct whose first field is the
// chat partner's phone number in digits, so the id carries the number as
// plainly as a chat id does (to anyone who decodes it).
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `id` (the base64 after "wamid.") decodes to a struct
// whose first field is a string of 6 to 15 digits.
bool IsWhatsAppMessageId(std::string_view id);

}  // namespace logveil::validate
