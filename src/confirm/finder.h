// Hand-written finders: the "confirm" stage for kinds that are digit- or
// hex-shaped (addresses, numbers, coordinates). A regex automaton has no
// literal to skip on for these and touches every byte of digit-heavy logs;
// a finder jumps to a trigger byte, parses the exact span by hand and runs
// the kind's validator (Luhn, mod-97, libphonenumber, ranges) before it
// reports anything. Pattern files name a finder with `finder: <name>`.
// Regex entries may name a fast path (`fast_path: <name>`, FastPath below):
// a hand-written scanner that stands in for their regex where it can.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/context_words.h"

namespace logveil::confirm {

// Knobs that change what a finder accepts. Immutable while scanning.
struct FindOptions {
  // ISO 3166 regions whose national phone formats count. International
  // numbers (+CC, 00CC, tel:) count whatever this holds.
  std::vector<std::string> phone_regions = {"US"};
  // The context words of the pattern entry that runs the finder. A finder
  // with a weak tier (a bare national phone number) keeps a weak candidate
  // only when these boost it.
  ContextWords context;
};

// Appends to `out` the range of every confirmed and validated value of one
// kind in `text`, in increasing order of `begin`, non-overlapping. `text` is
// one record or string value; it may hold any bytes (NUL, invalid UTF-8).
// Must be thread-safe (no mutable state) and must not allocate except by
// growing `out`.
using FindFunction = void (*)(std::string_view text, const FindOptions& options,
                              std::vector<ByteRange>& out);

// How the finder runs in a pass shared with other finders
// (confirm/finder_steps.h).
struct FinderSteps;

struct Finder {
  std::string_view name;  // as written after `finder:` in pattern files
  FindFunction find;
  const FinderSteps* steps;
};

// Returns the finder registered under `name`, or nullptr.
const Finder* LookupFinder(std::string_view name);

// Returns the finder whose FindFunction is `find`, or nullptr.
const Finder* LookupFinder(FindFunction find);

// Returns every registered finder.
std::span<const Finder> AllFinders();

// A regex entry's hand-written fast path (`fast_path: <name>` in pattern
// files): on a text it can decide, appends exactly what the entry's regex
// would find (every leftmost-first match, left to right) and returns true;
// on any other text it leaves `out` as it was and returns false, and the
// regex runs. Thread-safe.
using FastPath = bool (*)(std::string_view text, std::vector<ByteRange>& out);

// Returns the fast path registered under `name`, or nullptr.
FastPath LookupFastPath(std::string_view name);

// Runs several finders over `text` in one pass: out[i] receives exactly what
// finders[i]->find would append with options[i], but the bytes of `text`
// are classified once for all of them. Cheaper than calling each
// FindFunction in turn.
void FindAll(std::span<const Finder* const> finders, std::string_view text,
             std::span<const FindOptions* const> options,
             std::span<std::vector<ByteRange>> out);

}  // namespace logveil::confirm
