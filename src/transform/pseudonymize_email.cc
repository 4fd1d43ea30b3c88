// Email pseudonyms: <16 hex of pseudonym><8 hex of tag>@domain. The tag is a
// keyed MAC over the rest of the address, so a second pass with the same key
// recognizes the address as logveil's own and leaves it alone (idempotence),
// and nobody without the key can make a real address pass for a pseudonym.
// A real 24-hex local part passes by chance with probability 2^-32.
#include "base/ascii.h"
#include "transform/pseudonymize.h"
#include "transform/token.h"
#include "validate/email.h"

namespace logveil::transform {
namespace {

constexpr size_t kPseudonymHex = 16;  // 64 bits
constexpr size_t kTagHex = 8;         // 32 bits
constexpr size_t kDomainHex = 12;     // 48 bits

using validate::EmailParts;

// Splits at the last '@', or else at the last "%40". Addresses whose
// domain has no top-level domain to keep (an address literal such as
// "[192.0.2.1]") get a hash token instead.
bool SplitForPseudonym(std::string_view value, EmailParts& parts) {
  return validate::SplitEmail(value, parts) && !parts.domain.starts_with('[') &&
         parts.domain.find('.') != std::string_view::npos;
}

// Appends the first `hex_chars` hex digits of HMAC(key, parts).
void AppendMacHex(const SecretKey& key,
                  std::initializer_list<std::string_view> parts,
                  size_t hex_chars, std::string& out) {
  AppendHex(DigestBytes(HmacSha256(key, parts)), hex_chars, out);
}

bool IsOwnPseudonym(const PseudonymKeys& keys, const EmailParts& parts) {
  std::string_view local = parts.local;
  if (local.size() != kPseudonymHex + kTagHex) return false;
  for (char c : local) {
    if (!ascii::IsHexDigit(c) || ascii::IsUpper(c)) return false;
  }
  std::string expected;  // 8 bytes: within the small-string buffer
  AppendMacHex(keys.email_tag,
               {local.substr(0, kPseudonymHex), "@", parts.domain}, kTagHex,
               expected);
  return local.substr(kPseudonymHex) == expected;
}

}  // namespace

bool AppendEmailPseudonym(const PseudonymizeAction& action,
                          std::string_view value, std::string& out) {
  using namespace std::string_view_literals;
  EmailParts parts;
  if (!SplitForPseudonym(value, parts)) return false;
  const PseudonymKeys& keys = *action.keys;
  if (IsOwnPseudonym(keys, parts)) {
    out.append(value);
    return true;
  }
  // Domains are case-insensitive (RFC 1035 2.3.3); local parts, formally,
  // are not, so only the domain is folded before keying.
  thread_local std::string domain;
  domain.assign(parts.domain);
  for (char& c : domain) c = ascii::ToLower(c);
  size_t local_begin = out.size();
  AppendMacHex(keys.email, {"local\0"sv, parts.local, "@"sv, domain},
               kPseudonymHex, out);
  std::string_view pseudonym(out.data() + local_begin, kPseudonymHex);
  thread_local std::string domain_out;
  domain_out.clear();
  if (action.email_keep_domain) {
    domain_out.append(parts.domain);
  } else {
    // One label for everything before the top-level domain, which stays so
    // the address remains valid and its TLD known.
    domain_out.push_back('d');
    AppendMacHex(keys.email, {"domain\0"sv, domain}, kDomainHex, domain_out);
    domain_out.append(parts.domain.substr(parts.domain.rfind('.')));
  }
  std::string tag;
  AppendMacHex(keys.email_tag, {pseudonym, "@"sv, domain_out}, kTagHex, tag);
  out.append(tag);
  out.append(parts.separator);
  out.append(domain_out);
  return true;
}

}  // namespace logveil::transform
