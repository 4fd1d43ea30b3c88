// Rejects placeholder secrets ("AIzaaaaaaaaaaaaaaaaa", "xoxb-XXXXXXXX")
// that documentation and test fixtures put where a key goes, and values
// under a credential's key that are settings, not credentials.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `secret` looks random enough to be a real credential: at
// least 8 distinct bytes, and no byte making up more than a third of it.
bool IsNotPlaceholder(std::string_view secret);

// Returns true if `value`, found after a key such as "password=" or
// "is_secret = ", may be the credential itself: false for a flag (true,
// false, yes, no, on, off, null, none, nil) and for one byte repeated
// ("0", "xxxxxxxx", "------"), which masks or stands for no value, and
// for a reference to a credential kept elsewhere ("$DB_PASS", "${PW}",
// "%DB_PASS%", "{{ .Values.pw }}", "{password}", "%s"). Any other value
// counts, however short: "hunter2" is a password, and so is LDAP's
// "{SSHA}W6ph..." hash.
bool IsCredentialValue(std::string_view value);

}  // namespace logveil::validate
