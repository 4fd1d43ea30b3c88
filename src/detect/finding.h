// Finding: a confirmed, validated occurrence of one detector in a scanned
// text. The output of detect/, the input of transform/.
#pragma once

#include "base/byte_range.h"
#include "detect/detector.h"

namespace logveil::detect {

struct Finding {
  DetectorId detector;
  ByteRange range;  // offsets into the scanned text, not into the record
  friend bool operator==(const Finding&, const Finding&) = default;
};

}  // namespace logveil::detect
