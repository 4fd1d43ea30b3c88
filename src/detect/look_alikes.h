// Structural look-alikes: tokens of a log line whose digits may look like
// personal data but whose shape says what they are. Time stamps (ISO 8601 /
// RFC 3339, syslog, Apache, clock times), epoch seconds to nanoseconds,
// UUIDs, hex digests, W3C trace and span ids, semantic versions and
// Kubernetes pod name suffixes. A finding that overlaps a look-alike of a
// kind its pattern entry lists under `context: look_alikes:` is dropped
// (detect/context_filter.h): the look-alike claims its span first.
//
// The scan is local: only the bytes of one line around one finding are
// read, so its cost grows with the number of findings, not of bytes. The
// shapes and the labels that yield to each are described in
// docs/decisions/0007-context-and-look-alikes.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "base/byte_range.h"

namespace logveil::detect {

enum class LookAlike : uint8_t {
  kTimestamp,  // 2023-10-10T01:07:16.771832Z, Oct 10 01:07:16, 01:07:16,748
  kEpoch,      // 1696900036, 1696900036123 (ms), µs, ns; 2001-2039
  kUuid,       // 550e8400-e29b-41d4-a716-446655440000
  kHex,        // 32, 40, 56, 64, 96 or 128 hex digits (MD5 ... SHA-512)
  kTraceId,    // 00-<32 hex>-<16 hex>-01, trace_id=..., span_id=...
  kSemver,     // 1.2.3, v2.0.0-rc.1+build.5
  kPodName,    // web-7d9f8c6b5d-x2k4p (ReplicaSet hash and pod suffix)
};
inline constexpr int kLookAlikeKinds = 7;

// A set of look-alike kinds.
class LookAlikeSet {
 public:
  bool Has(LookAlike kind) const { return bits_ & Bit(kind); }
  void Add(LookAlike kind) { bits_ |= Bit(kind); }
  bool empty() const { return bits_ == 0; }
  LookAlikeSet Without(LookAlike kind) const {
    LookAlikeSet set = *this;
    set.bits_ &= ~Bit(kind);
    return set;
  }

 private:
  static uint8_t Bit(LookAlike kind) {
    return static_cast<uint8_t>(1u << static_cast<int>(kind));
  }
  uint8_t bits_ = 0;
};

// Returns the kind named `name` in pattern files ("timestamp", "epoch",
// "uuid", "hex", "trace_id", "semver", "pod_name"), or nullopt.
std::optional<LookAlike> ParseLookAlike(std::string_view name);

struct LookAlikeSpan {
  LookAlike kind;
  ByteRange range;
};

// Looks for a look-alike of a kind in `kinds` that claims `value`: it
// overlaps it, and `value` does not hold it and more (a phone number
// "+49 800 1234567890" holds an epoch-like group; "1234567890" alone is
// claimed). It starts at most kLookBackBytes before `value`, on the same
// line of `text`. Returns it, or nullopt. Allocates nothing.
std::optional<LookAlikeSpan> FindLookAlike(std::string_view text,
                                           ByteRange value, LookAlikeSet kinds);

// How far before a finding a look-alike may start: longer than every
// shape but the 96- and 128-digit digests, which no finding can overlap
// (a finder never cuts digits out of a hex run).
inline constexpr size_t kLookBackBytes = 64;

}  // namespace logveil::detect
