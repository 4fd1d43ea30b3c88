// Files compiled into the binary by CMake (see src/catalog/CMakeLists.txt), so
// logveil runs without patterns/ installed.
#pragma once

#include <span>
#include <string_view>

namespace logveil::catalog {

struct EmbeddedFile {
  std::string_view name;  // file name without directory, e.g. "network.yaml"
  std::string_view text;
};

// Returns the built-in pattern files, sorted by name.
std::span<const EmbeddedFile> BuiltinPatternFiles();
// The same files with every entry's description, references and examples
// blanked (src/catalog/strip_docs.cc): what scanning needs, and a fifth of
// the bytes to parse at start-up.
std::span<const EmbeddedFile> EnginePatternFiles();

}  // namespace logveil::catalog
