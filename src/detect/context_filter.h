// Context filter: the detect stage between the finders and regexes and
// overlap resolution. It drops the findings that the words around them name
// as something else (suppress words, confirm/context_words.h) and those that
// overlap a structural look-alike their pattern entry yields to (a time
// stamp, UUID, digest, ...; detect/look_alikes.h), so that the look-alike
// claims its span before any finding competes for it. The rules of each
// detector come from its entry's `context:` (patterns/README.md); the
// semantics are in docs/decisions/0007-context-and-look-alikes.md.
//
// Cost grows with findings, not bytes: a detector without `context:` costs
// one branch per finding, and each check reads only a few dozen bytes
// around its finding.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "detect/detector.h"
#include "detect/finding.h"

namespace logveil::detect {

// Removes from `findings` (in the order the finders and regexes produce
// them: each detector's findings of a line together, by position) those
// that context words or look-alikes rule out; keeps the order of the rest.
// Findings of one detector joined only by ", ", "," or ";" (the two numbers
// of a coordinate pair, a list of phones), or by a latitude's hemisphere
// letter ("33.8688 s, 151.2093 e"), are judged by the words around the
// whole group. A boost word keeps a finding that looks like an epoch
// value ("phone=2025550132"); no word keeps one inside any other
// look-alike. `text` is what the findings index into.
void ApplyContext(std::span<const Detector> detectors, std::string_view text,
                  std::vector<Finding>& findings);

}  // namespace logveil::detect
