// Catalog: every PatternSpec loaded, built-in plus user pattern files, with
// ids checked for uniqueness. Immutable once built.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/embedded_file.h"
#include "catalog/pattern_spec.h"

namespace logveil::catalog {

class Catalog {
 public:
  // Loads the embedded pattern files, then every *.yaml in `extra_dirs`.
  static Result<Catalog> Load(const std::vector<std::string>& extra_dirs);
  // Like Load, but the built-in specs come without description, references
  // and examples (EnginePatternFiles): for scanning, where start-up time
  // counts and those fields are never read.
  static Result<Catalog> LoadForScanning(
      const std::vector<std::string>& extra_dirs);
  // Loads only the *.yaml files in `dir` (for `patterns check DIR`).
  static Result<Catalog> LoadDirectory(const std::string& dir);

  const std::vector<PatternSpec>& specs() const { return specs_; }
  // Returns the spec with `id`, or nullptr.
  const PatternSpec* Find(std::string_view id) const;

 private:
  Status Add(std::string_view file_name, std::string_view yaml_text);
  Status AddDirectory(const std::string& dir);
  static Result<Catalog> LoadFiles(std::span<const EmbeddedFile> builtin,
                                   const std::vector<std::string>& extra_dirs);

  std::vector<PatternSpec> specs_;
};

// Returns true if `id` matches `glob` ('*' matches any run of characters).
bool GlobMatches(std::string_view glob, std::string_view id);

}  // namespace logveil::catalog
