// The built-in types whose values the format-aware actions (pseudonymize,
// generalize) know how to rewrite, found by detector label. A user pattern
// that reuses a built-in label gets the same treatment.
#pragma once

#include <string_view>

namespace logveil::transform {

enum class ValueKind {
  kIpv4,
  kIpv6,
  kEmail,
  kPhone,
  kCard,
  kMac,
  kGeo,
  kOther
};

constexpr ValueKind KindOfLabel(std::string_view label) {
  if (label == "IPV4") return ValueKind::kIpv4;
  if (label == "IPV6") return ValueKind::kIpv6;
  if (label == "EMAIL") return ValueKind::kEmail;
  if (label == "PHONE") return ValueKind::kPhone;
  if (label == "CARD") return ValueKind::kCard;
  if (label == "MAC") return ValueKind::kMac;
  if (label == "GEO") return ValueKind::kGeo;
  return ValueKind::kOther;
}

}  // namespace logveil::transform
