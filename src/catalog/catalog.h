// Catalog: every PatternSpec loaded, built-in plus user pattern files, with
// ids checked for uniqueness. Immutable once built.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/pattern_spec.h"

namespace logveil::catalog {

class Catalog {
 public:
  // Loads the embedded pattern files, then every *.yaml in `extra_dirs`.
  static Result<Catalog> Load(const std::vector<std::string>& extra_dirs);
  // Loads only the *.yaml files in `dir` (for `patterns check DIR`).
  static Result<Catalog> LoadDirectory(const std::string& dir);

  const std::vector<PatternSpec>& specs() const { return specs_; }
  // Returns the spec with `id`, or nullptr.
  const PatternSpec* Find(std::string_view id) const;

 private:
  Status Add(std::string_view file_name, std::string_view yaml_text);
  Status AddDirectory(const std::string& dir);

  std::vector<PatternSpec> specs_;
};

// Returns true if `id` matches `glob` ('*' matches any run of characters).
bool GlobMatches(std::string_view glob, std::string_view id);

}  // namespace logveil::catalog
