// JSON Web Tokens (RFC 7519): three base64url parts whose header decodes to
// a JSON object naming an algorithm.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if the first part of `token` base64url-decodes (RFC 4648 §5)
// to a JSON object that contains the member name "alg".
bool IsJwt(std::string_view token);

}  // namespace logveil::validate
