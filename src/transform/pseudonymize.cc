#include "transform/pseudonymize.h"

#include <algorithm>

#include "transform/generalize.h"
#include "transform/ip_text.h"
#include "transform/token.h"
#include "transform/value_kind.h"

namespace logveil::transform {

bool AppendIpPseudonym(const PseudonymizeAction& action, std::string_view value,
                       std::string& out) {
  IpText ip;
  if (!ParseIpText(value, ip)) return false;
  // IPv4 and IPv4-mapped IPv6 share one pseudonym per address.
  int keep = IsIpv4Mapped(ip.address) ? 96 + action.ipv4_keep_bits
                                      : action.ipv6_keep_bits;
  // A link-local address (fe80::/10) keeps its fixed /64 prefix, so it
  // stays link-local and its %zone stays meaningful; the interface id,
  // often derived from a MAC, is what identifies a device.
  if (ip.address[0] == 0xfe && (ip.address[1] & 0xc0) == 0x80) {
    keep = std::max(keep, 64);
  }
  AppendIpText(IpcryptPfxEncrypt(action.keys->ip, ip.address, keep), ip, out);
  return true;
}

void AppendPseudonym(const PseudonymizeAction& action, std::string_view label,
                     std::string_view value, std::string& out) {
  bool done = false;
  switch (KindOfLabel(label)) {
    case ValueKind::kIpv4:
    case ValueKind::kIpv6:
      done = AppendIpPseudonym(action, value, out);
      break;
    case ValueKind::kEmail:
      done = AppendEmailPseudonym(action, value, out);
      break;
    case ValueKind::kPhone:
      done = AppendPhonePseudonym(action, value, out);
      break;
    case ValueKind::kCard:
      done = AppendCardPseudonym(action, value, out);
      break;
    case ValueKind::kMac:
      done = AppendMacPseudonym(action, value, out);
      break;
    case ValueKind::kGeo:
      AppendGeneralized(GeneralizeAction{}, label, value, out);
      done = true;
      break;
    case ValueKind::kOther:
      break;
  }
  if (!done) {
    AppendHashToken(action.keys->hash, action.keys->tenant,
                    kDefaultHashHexChars, kDefaultHashTemplate,
                    action.phone_regions, label, value, out);
  }
}

}  // namespace logveil::transform
