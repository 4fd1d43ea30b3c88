// Finding: a confirmed, validated occurrence of one detector in a scanned
// text. The output of detect/, the input of transform/.
#pragma once

#include <cstdint>

#include "base/byte_range.h"
#include "detect/detector.h"

namespace logveil::detect {

// How the bytes of a finding are written in the scanned text: as they are,
// or escaped (docs/decisions/0005-encoded-forms.md). A finding from a decoded
// view spans whole escapes; transform/ decodes its value and writes the
// replacement back in the same encoding.
enum class Encoding : uint8_t {
  kNone,
  kPercent,  // %40 (RFC 3986), outside a query string
  kForm,     // %40 and '+' for space, inside a URL's query string
  kHtml,     // &#64; &#x40; &commat; &amp;
  kJson,     // \u0040 \" \\ \/ \n \r \t in a text (JSON strings in text logs)
};

struct Finding {
  DetectorId detector;
  ByteRange range;  // offsets into the scanned text, not into the record
  Encoding encoding = Encoding::kNone;
  // An address written as a reverse DNS name, last part first
  // (detect/reverse_dns.h).
  bool reverse_dns = false;
  friend bool operator==(const Finding&, const Finding&) = default;
};

}  // namespace logveil::detect
