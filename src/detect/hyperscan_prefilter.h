// HyperscanPrefilter: one vectorscan (Hyperscan API) block-mode database of
// every regex detector, used to learn which detectors may match a text
// before any exact matching runs. The only includer of <hs.h>.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace logveil::detect {

struct PrefilterPattern {
  std::string regex;
  unsigned id;  // reported back in PrefilterMatch::id
};

// "Pattern `id` has a match ending at byte `end`": where to look, not the
// exact span (no start offsets: they cost 40% of scan speed).
struct PrefilterMatch {
  unsigned id;
  size_t end;
};

// A database serialized ahead of time, with the key of the patterns it was
// compiled from (HyperscanPrefilter::key()).
struct SerializedPrefilter {
  std::string_view key;
  std::string_view database;
};

// The database of the built-in patterns, serialized when logveil was built:
// compiling it costs ~10 ms of every start. Not defined in this library:
// each executable links the generated definition (src/builtin_db/), the
// generator itself an empty one.
SerializedPrefilter BuiltinPrefilter();

class HyperscanPrefilter {
 public:
  // Per-thread scratch space for scanning.
  class Scratch {
   public:
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

   private:
    friend class HyperscanPrefilter;
    explicit Scratch(void* scratch) : scratch_(scratch) {}
    void* scratch_;
    std::string padded_;  // the text, padded: see Scan
  };

  // Compiles `patterns` into one database. A pattern Hyperscan cannot
  // compile exactly is compiled in prefilter mode (it may over-report, never
  // under-report). When `patterns` are those of BuiltinPrefilter() and this
  // CPU and library can run its database, that one is loaded instead.
  static Result<HyperscanPrefilter> Compile(
      const std::vector<PrefilterPattern>& patterns);

  ~HyperscanPrefilter();
  HyperscanPrefilter(HyperscanPrefilter&&) noexcept;
  HyperscanPrefilter& operator=(HyperscanPrefilter&&) noexcept;

  // Allocates scratch for one thread. Aborts on allocation failure.
  Scratch MakeScratch() const;

  // Replaces `matches` with the end offset of every match in `text`, in
  // increasing order of end. One hs_scan over the whole text, which may be a
  // chunk of many lines. Safe to call from many threads, each with its own
  // Scratch. The text is scanned from a copy padded with newlines to a whole
  // number of 64-byte blocks and one more: vectorscan 5.4.9 (Debian 12)
  // misses matches in the last partial block on AVX-512 CPUs.
  void Scan(std::string_view text, Scratch& scratch,
            std::vector<PrefilterMatch>& matches) const;

  // Returns true if `regex` compiles in Hyperscan block mode as written; the
  // message of the failure otherwise goes to `problem`.
  static bool CompilesExactly(const std::string& regex, std::string& problem);

  bool empty() const { return database_ == nullptr; }

  // The patterns the database was compiled from, as one string: two
  // databases with equal keys match the same.
  const std::string& key() const { return key_; }

  // The database's bytes, for BuiltinPrefilter().
  std::string Serialize() const;

 private:
  HyperscanPrefilter(void* database, std::string key)
      : database_(database), key_(std::move(key)) {}
  void* database_ = nullptr;
  std::string key_;
};

}  // namespace logveil::detect
