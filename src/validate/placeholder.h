// Rejects placeholder secrets ("AIzaaaaaaaaaaaaaaaaa", "xoxb-XXXXXXXX")
// that documentation and test fixtures put where a key goes.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `secret` looks random enough to be a real credential: at
// least 8 distinct bytes, and no byte making up more than a third of it.
bool IsNotPlaceholder(std::string_view secret);

}  // namespace logveil::validate
