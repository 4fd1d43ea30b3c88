// The shapes behind detect/look_alikes.h, one parser each. Every parser
// reads the shape that starts at `begin` in `text` (the first byte of a
// word: a letter or digit after a byte that is neither) and returns its
// end, or 0 if there is none. A shape ends where a word ends; it never
// reads past a newline, which is part of no shape.
#pragma once

#include <cstddef>
#include <string_view>

namespace logveil::detect::shapes {

// ISO 8601 / RFC 3339 dates with an optional time and zone
// (2023-10-10T01:07:16.771832Z, 2023-10-10 01:07:16,748,
// 2005-06-03-15.42.50.675872, 20171223-22:15:29:606, 20231010T010716Z),
// day-first and month-first dates (10/27/2023, 27.10.2023 12:00:00),
// syslog (Oct 10 01:07:16), Apache ([10/Oct/2023:01:07:16 +0000]) and
// clock times (01:07:16, 16:13:38.811).
size_t TimestampEnd(std::string_view text, size_t begin);

// 10, 13, 16 or 19 digits whose first ten, as Unix seconds, fall between
// 2001-09-09 (the first ten-digit second) and 2040; an optional fraction.
size_t EpochEnd(std::string_view text, size_t begin);

// 8-4-4-4-12 hex digits.
size_t UuidEnd(std::string_view text, size_t begin);

// A hex run as long as a digest: 32 (MD5), 40 (SHA-1), 56, 64, 96, 128.
size_t HexEnd(std::string_view text, size_t begin);

// A W3C traceparent (00-<32 hex>-<16 hex>-<2 hex>), or a trace or span id
// after its key: trace_id=, spanId:, dd.trace_id=, x-b3-traceid:, trace=.
size_t TraceIdEnd(std::string_view text, size_t begin);

// Semantic versions (semver.org): [v]MAJOR.MINOR.PATCH, optional
// -prerelease and +build; never part of a longer dotted number.
size_t SemverEnd(std::string_view text, size_t begin);

// The generated tail of a Kubernetes pod name: "-<ReplicaSet hash>-<5>"
// in the alphabet Kubernetes uses for them (no vowels, no 0, 1, 3), as in
// web-7d9f8c6b5d-x2k4p. The span starts at the hash.
size_t PodNameEnd(std::string_view text, size_t begin);

// Helpers shared by the parsers.

// The value of the `count` digits at `pos`, or -1 if any is not a digit.
int DigitsAt(std::string_view text, size_t pos, size_t count);

// True if `pos` is the end of a word: past the text or not a letter/digit.
bool EndsWord(std::string_view text, size_t pos);

// The end of the fraction digits (at most 9) after the mark ('.', ',' or
// ':') at `mark`; `mark` itself if no digit follows it.
size_t FractionEnd(std::string_view text, size_t mark);

inline bool CharAt(std::string_view text, size_t pos, char c) {
  return pos < text.size() && text[pos] == c;
}

}  // namespace logveil::detect::shapes
