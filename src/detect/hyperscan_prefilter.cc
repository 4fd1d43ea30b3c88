// vectorscan adapter. Everything Hyperscan-specific (handles, flags, error
// structs, callbacks) stays in this file.
#include "detect/hyperscan_prefilter.h"

#include <hs.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

namespace logveil::detect {
namespace {

constexpr unsigned kExactFlags = 0;
constexpr unsigned kPrefilterFlags = HS_FLAG_PREFILTER;

hs_database_t* CompileOne(const std::string& regex, unsigned flags,
                          std::string& problem) {
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile(regex.c_str(), flags, HS_MODE_BLOCK, nullptr, &database,
                 &error) != HS_SUCCESS) {
    problem = error ? error->message : "unknown Hyperscan error";
    hs_free_compile_error(error);
    return nullptr;
  }
  return database;
}

std::string PatternsKey(const std::vector<PrefilterPattern>& patterns) {
  std::string key;
  for (const auto& pattern : patterns) {
    key += std::to_string(pattern.id);
    key += '\0';
    key += pattern.regex;
    key += '\0';
  }
  return key;
}

// Loads `serialized` if it holds the database of `key`. Null when it does not,
// or when this CPU or library version cannot run it (Hyperscan checks both):
// the caller then compiles.
hs_database_t* LoadSerialized(SerializedPrefilter serialized,
                              const std::string& key) {
  if (serialized.key != key) return nullptr;
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(serialized.database.data(),
                              serialized.database.size(),
                              &database) != HS_SUCCESS) {
    return nullptr;
  }
  return database;
}

int OnMatch(unsigned id, unsigned long long /*from*/, unsigned long long to,
            unsigned /*flags*/, void* context) {
  static_cast<std::vector<PrefilterMatch>*>(context)->push_back(
      {id, static_cast<size_t>(to)});
  return 0;  // keep scanning: other patterns may match too
}

}  // namespace

bool HyperscanPrefilter::CompilesExactly(const std::string& regex,
                                         std::string& problem) {
  hs_database_t* database = CompileOne(regex, kExactFlags, problem);
  hs_free_database(database);
  return database != nullptr;
}

Result<HyperscanPrefilter> HyperscanPrefilter::Compile(
    const std::vector<PrefilterPattern>& patterns) {
  if (patterns.empty()) return HyperscanPrefilter(nullptr, "");
  std::string key = PatternsKey(patterns);
  if (hs_database_t* loaded = LoadSerialized(BuiltinPrefilter(), key)) {
    return HyperscanPrefilter(loaded, std::move(key));
  }
  std::vector<const char*> expressions;
  std::vector<unsigned> ids;
  for (const auto& pattern : patterns) {
    expressions.push_back(pattern.regex.c_str());
    ids.push_back(pattern.id);
  }
  // Every pattern is tried exactly first. When Hyperscan refuses one (a
  // back-reference, a lookaround), only that one moves to prefilter mode and
  // the database is compiled again: compiling each pattern alone first, to
  // learn this, doubled the start-up time.
  std::vector<unsigned> flags(patterns.size(), kExactFlags);
  for (;;) {
    hs_database_t* database = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                         static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK,
                         nullptr, &database, &error) == HS_SUCCESS) {
      return HyperscanPrefilter(database, std::move(key));
    }
    const int failed = error->expression;
    const bool retry = failed >= 0 && flags[failed] == kExactFlags;
    std::string message = "Hyperscan cannot compile pattern " +
                          std::to_string(failed) + ": " + error->message;
    hs_free_compile_error(error);
    if (!retry) return MakeError(ErrorCode::kConfig, message);
    flags[failed] = kPrefilterFlags;
  }
}

HyperscanPrefilter::~HyperscanPrefilter() {
  hs_free_database(static_cast<hs_database_t*>(database_));
}

HyperscanPrefilter::HyperscanPrefilter(HyperscanPrefilter&& other) noexcept
    : database_(std::exchange(other.database_, nullptr)),
      key_(std::move(other.key_)) {}

HyperscanPrefilter& HyperscanPrefilter::operator=(
    HyperscanPrefilter&& other) noexcept {
  std::swap(database_, other.database_);
  std::swap(key_, other.key_);
  return *this;
}

std::string HyperscanPrefilter::Serialize() const {
  if (database_ == nullptr) return {};
  char* bytes = nullptr;
  size_t size = 0;
  if (hs_serialize_database(static_cast<hs_database_t*>(database_), &bytes,
                            &size) != HS_SUCCESS) {
    std::abort();  // out of memory: nothing sensible to do
  }
  std::string serialized(bytes, size);
  std::free(bytes);  // allocated by Hyperscan's default allocator, malloc
  return serialized;
}

HyperscanPrefilter::Scratch HyperscanPrefilter::MakeScratch() const {
  hs_scratch_t* scratch = nullptr;
  if (database_ != nullptr &&
      hs_alloc_scratch(static_cast<hs_database_t*>(database_), &scratch) !=
          HS_SUCCESS) {
    std::abort();  // out of memory at start-up: nothing sensible to do
  }
  return Scratch(scratch);
}

HyperscanPrefilter::Scratch::~Scratch() {
  hs_free_scratch(static_cast<hs_scratch_t*>(scratch_));
}

HyperscanPrefilter::Scratch::Scratch(Scratch&& other) noexcept
    : scratch_(std::exchange(other.scratch_, nullptr)) {}

HyperscanPrefilter::Scratch& HyperscanPrefilter::Scratch::operator=(
    Scratch&& other) noexcept {
  std::swap(scratch_, other.scratch_);
  return *this;
}

void HyperscanPrefilter::Scan(std::string_view text, Scratch& scratch,
                              std::vector<PrefilterMatch>& matches) const {
  matches.clear();
  if (database_ == nullptr || text.empty()) return;
  constexpr size_t kBlock = 64;
  std::string& padded = scratch.padded_;
  padded.assign(text);
  padded.resize((text.size() / kBlock + 2) * kBlock, '\n');
  // hs_scan takes an unsigned length; texts are chunks or pieces of long
  // lines, far below 4 GiB.
  // Only a database or scratch that does not fit fails a scan, never a
  // text; going on would pass the text on unscanned.
  if (hs_scan(static_cast<hs_database_t*>(database_), padded.data(),
              static_cast<unsigned>(padded.size()), 0,
              static_cast<hs_scratch_t*>(scratch.scratch_), &OnMatch,
              &matches) != HS_SUCCESS) {
    std::abort();
  }
  // A match cannot end in the padding (no pattern ends in a newline), but
  // the text's own end is the bound the callers rely on.
  std::erase_if(matches, [&](const PrefilterMatch& match) {
    return match.end > text.size();
  });
}

}  // namespace logveil::detect
