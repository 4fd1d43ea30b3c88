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

}  // namespace logveil::catalog
