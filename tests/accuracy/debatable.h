// Debatable labels: cases whose upstream label a log scrubber can disagree
// with for a reason it states (issue 5 asks to "state where the label itself
// is debatable"). The metrics are reported twice: strict, with every label
// as upstream wrote it, and settled, with these cases left out. The classes
// and their reasons are in docs/accuracy.md ("Debatable labels").
#pragma once

#include <string_view>

#include "accuracy/labeled_case.h"
#include "base/byte_range.h"

namespace logveil::accuracy {

// The debatable class of the positive value at `range` of `labeled` (an
// entity of the corpus), or "" if its label stands.
std::string_view DebatablePositive(const LabeledCase& labeled, ByteRange range);

// The debatable class of the negative case `labeled`, or "" if its label
// stands.
std::string_view DebatableNegative(const LabeledCase& labeled);

}  // namespace logveil::accuracy
