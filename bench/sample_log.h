// A deterministic synthetic log for micro-benchmarks: application lines
// full of timestamps, ids and durations (digit noise), a share of them
// carrying personal data. No file or corpus needed; with LOGVEIL_BENCH_LOG
// set to a file (say the corpus bench/compare.sh generates), its first lines
// are used instead, whatever the share asked for.
#pragma once

#include <string>

namespace logveil::bench {

// Returns about `bytes` bytes of log lines. `pii_percent` of the lines carry
// one personal value (email, IP, phone, card, IBAN, MAC or coordinates).
const std::string& SampleLog(size_t bytes, int pii_percent);

}  // namespace logveil::bench
