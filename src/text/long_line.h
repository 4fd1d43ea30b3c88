// Oversized lines: a line longer than --max-record-bytes is never passed
// through unscanned and never held whole in memory. Its leading part is
// scrubbed and written while the rest is still being read; the last
// kLongLineHoldbackBytes stay behind so that a value spanning the cut is
// seen whole in the next round.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "report/stats.h"
#include "text/text_scrubber.h"

namespace logveil::text {

// Larger than any value a built-in detector matches (an email is at most
// 320 bytes), so no value can straddle the cut unseen.
constexpr size_t kLongLineHoldbackBytes = 4096;

// Scans all of `text` (the head of an unfinished line, longer than the
// holdback), appends the scrubbed bytes before a safe cut point to `out`,
// and returns the cut: the caller keeps text[cut..] for the next round. The
// cut prefers a space or tab and never falls inside a finding.
size_t ScrubLongLineHead(TextScrubber& scrubber, std::string_view text,
                         std::string& out, report::Stats& stats);

}  // namespace logveil::text
