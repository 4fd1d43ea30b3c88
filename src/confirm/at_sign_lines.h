// Fast paths (confirm/finder.h, FastPath) for two regex entries whose
// matches hold an '@' but need more around it: chat ids
// (971501234567@s.whatsapp.net) and credentials in URLs
// (postgres://app:s3cr3t@db). Their entries let Hyperscan flag every line
// with an '@', the cheapest prefilter there is, and these decide the lines
// that hold no match, which is nearly all of them, with a look at each
// '@'. They decline every other line, and the regex finds the spans there.
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace logveil::confirm {

// Decides `text` when no '@' in it has a digit before it and a chat domain
// (s.whatsapp.net, c.us, g.us, lid) after it: the contact.chat_id regex
// finds nothing there.
bool RuleOutChatIds(std::string_view text, std::vector<ByteRange>& out);

// Decides `text` when no "://" in it reaches an '@' before a '/': the
// secret.url_userinfo regex finds nothing there.
bool RuleOutUrlUserinfo(std::string_view text, std::vector<ByteRange>& out);

}  // namespace logveil::confirm
