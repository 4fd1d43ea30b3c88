#include "detect/detector_set.h"

#include <cstdlib>

#include "detect/sql_values_view.h"

namespace logveil::detect {
namespace {

Error SpecError(const catalog::PatternSpec& spec, const std::string& problem) {
  return MakeError(ErrorCode::kConfig,
                   spec.origin + ": " + spec.id + ": " + problem);
}

Status CompileContext(const catalog::PatternSpec& spec, Detector& detector) {
  detector.context = confirm::ContextWords(
      spec.context.boost, spec.context.suppress, spec.context.units);
  for (const std::string& name : spec.context.look_alikes) {
    std::optional<LookAlike> kind = ParseLookAlike(name);
    if (!kind) return SpecError(spec, "unknown look-alike '" + name + "'");
    detector.look_alikes.Add(*kind);
  }
  return Ok{};
}

}  // namespace

Status DetectorSet::Add(const catalog::PatternSpec& spec,
                        std::vector<PrefilterPattern>& regexes) {
  Detector detector{spec.id, spec.label, spec.category, spec.priority};
  if (auto status = CompileContext(spec, detector); !status.ok()) {
    return status.error();
  }
  std::unique_ptr<Extractor> extractor;
  if (!spec.finder.empty()) {
    const confirm::Finder* finder = confirm::LookupFinder(spec.finder);
    if (finder == nullptr) return SpecError(spec, "unknown finder");
    detector.find = finder->find;
  } else {
    detector.validator = validate::LookupValidator(spec.validator);
    if (detector.validator == nullptr) {
      return SpecError(spec, "unknown validator '" + spec.validator + "'");
    }
    if (!spec.fast_path.empty()) {
      detector.fast_path = confirm::LookupFastPath(spec.fast_path);
      if (detector.fast_path == nullptr) {
        return SpecError(spec, "unknown fast_path '" + spec.fast_path + "'");
      }
    }
    static_assert(catalog::kCaptureFirstGroup == regex::Regex::kFirstGroup);
    extractor = std::make_unique<Extractor>(spec.regex, spec.capture);
    // A user's regex is compiled now, so that a bad one fails here; a
    // built-in one when a line first needs it (most runs need few of them).
    if (!spec.builtin && extractor->program.Get() == nullptr) {
      // Compiled once more for RE2's message, on this failure path only.
      auto compiled = regex::Regex::Compile(spec.regex, spec.capture);
      return SpecError(spec, compiled.error().message);
    }
    const std::string& prefilter =
        spec.prefilter.empty() ? spec.regex : spec.prefilter;
    AddPrefilter(prefilter, static_cast<DetectorId>(detectors_.size()),
                 regexes);
  }
  finder_options_.push_back(options_);
  finder_options_.back().context = detector.context;
  detectors_.push_back(std::move(detector));
  extractors_.push_back(std::move(extractor));
  return Ok{};
}

void DetectorSet::AddPrefilter(const std::string& prefilter, DetectorId id,
                               std::vector<PrefilterPattern>& regexes) {
  for (const PrefilterPattern& pattern : regexes) {
    if (pattern.regex == prefilter) {
      prefilter_detectors_[pattern.id].push_back(id);
      return;
    }
  }
  regexes.push_back({prefilter, static_cast<unsigned>(regexes.size())});
  prefilter_detectors_.push_back({id});
}

Result<DetectorSet> DetectorSet::Compile(
    std::span<const catalog::PatternSpec* const> specs,
    confirm::FindOptions options) {
  DetectorSet set;
  set.options_ = std::move(options);
  std::vector<PrefilterPattern> regexes;
  for (const catalog::PatternSpec* spec : specs) {
    auto status = set.Add(*spec, regexes);
    if (!status.ok()) return status.error();
  }
  set.sql_values_pattern_ = static_cast<unsigned>(regexes.size());
  regexes.push_back(
      {std::string(SqlValuesView::kTrigger), set.sql_values_pattern_});
  set.prefilter_detectors_.emplace_back();
  auto prefilter = HyperscanPrefilter::Compile(regexes);
  if (!prefilter.ok()) return prefilter.error();
  set.prefilter_ = std::move(prefilter).value();
  return set;
}

const regex::Regex* DetectorSet::extractor(DetectorId id) const {
  if (extractors_[id] == nullptr) return nullptr;
  const regex::Regex* program = extractors_[id]->program.Get();
  // Only a built-in regex compiles here first, and ctest compiles those.
  if (program == nullptr) std::abort();
  return program;
}

int DetectorSet::IndexOf(std::string_view id) const {
  for (size_t i = 0; i < detectors_.size(); ++i) {
    if (detectors_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace logveil::detect
