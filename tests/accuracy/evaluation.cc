#include "accuracy/evaluation.h"

#include <cstdlib>
#include <set>
#include <utility>

#include "accuracy/miss_class.h"
#include "catalog/catalog.h"

namespace logveil::accuracy {
namespace {

// Examples kept per miss class; LOGVEIL_ACCURACY_EXAMPLES overrides.
size_t ExamplesPerClass() {
  static const size_t examples = [] {
    const char* value = std::getenv("LOGVEIL_ACCURACY_EXAMPLES");
    return value == nullptr ? size_t{6} : std::strtoul(value, nullptr, 10);
  }();
  return examples;
}
constexpr size_t kMaxExampleBytes = 70;

// Log-like contexts for whole-string values (corpus GUIDE, section 2).
constexpr std::pair<std::string_view, std::string_view> kWrappers[] = {
    {"INFO got ", " from client"}, {"{\"msg\":\"", "\"}"}};

// The value with control bytes escaped and long values cut, for the table.
std::string Printable(std::string_view value) {
  std::string out;
  for (char c : value.substr(0, kMaxExampleBytes)) {
    if (static_cast<unsigned char>(c) < 0x20) {
      out += "\\x" + std::string(1, "0123456789abcdef"[c >> 4]) +
             "0123456789abcdef"[c & 15];
    } else {
      out += c;
    }
  }
  if (value.size() > kMaxExampleBytes) out += "...";
  return out;
}

void Note(Evaluation& evaluation, EvalType type, std::string_view what,
          const LabeledCase& labeled, std::string_view value) {
  auto& miss =
      evaluation.misses[std::string(LabelOf(type)) + ": " + std::string(what)];
  ++miss.count;
  if (miss.examples.size() < ExamplesPerClass()) {
    miss.examples.push_back(labeled.file + ":" + std::to_string(labeled.line) +
                            " '" + Printable(value) + "'");
  }
}

void NoteMisses(Evaluation& evaluation, const LabeledCase& labeled,
                std::string_view text, const CasePlan& plan,
                const CaseResult& result,
                std::span<const JudgedFinding> findings,
                std::string_view prefix) {
  for (size_t i = 0; i < plan.expected.size(); ++i) {
    const ExpectedValue& value = plan.expected[i];
    if (!value.exclusion.empty()) continue;
    std::string_view bytes = value.range.In(text);
    if (result.values[i] == ValueOutcome::kMissed) {
      Note(evaluation, value.type,
           std::string(prefix) + "missed: " + MissClassOf(text, value), labeled,
           bytes);
    } else if (result.values[i] == ValueOutcome::kPartial) {
      Note(evaluation, value.type, std::string(prefix) + "partial", labeled,
           bytes);
    }
  }
  for (size_t i = 0; i < findings.size(); ++i) {
    std::string_view bytes = findings[i].range.In(text);
    std::string what(prefix);
    if (result.findings[i] == FindingOutcome::kFalse) {
      what +=
          plan.cross_type ? "false positive (cross-type)" : "false positive";
    } else if (result.findings[i] == FindingOutcome::kOverlap) {
      what += "finding overlaps a value it does not match";
    } else if (result.findings[i] == FindingOutcome::kIgnored &&
               plan.judged.Has(findings[i].type) && plan.expected.empty()) {
      what += "partial hit on a whole-string negative";
    } else {
      continue;
    }
    Note(evaluation, findings[i].type, what, labeled, bytes);
  }
}

void NoteExclusions(Evaluation& evaluation, const LabeledCase& labeled,
                    const CasePlan& plan, const CaseResult& result) {
  bool hit = false;
  for (size_t i = 0; i < plan.expected.size(); ++i) {
    bool found = result.values[i] == ValueOutcome::kFound;
    hit = hit || found;
    std::string_view value_exclusion = plan.expected[i].exclusion;
    if (!plan.exclusion.empty() || value_exclusion.empty()) continue;
    auto& count =
        evaluation
            .excluded[labeled.entity + ": " + std::string(value_exclusion)];
    ++count.count;
    if (found) ++count.hit;
  }
  if (plan.exclusion.empty()) return;
  if (plan.expected.empty()) {
    for (FindingOutcome outcome : result.findings) {
      hit = hit || outcome == FindingOutcome::kFalse;
    }
  }
  auto& count =
      evaluation.excluded[labeled.entity + ": " + std::string(plan.exclusion)];
  ++count.count;
  if (hit) ++count.hit;
}

void NoteDebatable(Evaluation& evaluation, const CasePlan& plan,
                   const CaseResult& result) {
  if (!plan.debatable.empty()) {
    auto& count = evaluation.debatable[std::string(plan.debatable)];
    ++count.count;
    if (result.negative_covered) ++count.hit;
  }
  for (size_t i = 0; i < plan.expected.size(); ++i) {
    const ExpectedValue& value = plan.expected[i];
    if (value.debatable.empty() || !value.exclusion.empty()) continue;
    auto& count = evaluation.debatable[std::string(value.debatable)];
    ++count.count;
    if (result.values[i] == ValueOutcome::kFound) ++count.hit;
  }
}

// Adds the case to `settled` unless its label is debatable; its debatable
// values count as excluded.
void AddSettled(std::string_view text, const CasePlan& plan,
                std::span<const JudgedFinding> findings, Tally& settled) {
  CasePlan settled_plan;
  if (!SettledPlan(plan, settled_plan)) return;
  auto result = ScoreCase(text, settled_plan, findings);
  AddToTally(settled_plan, result, findings, settled);
}

void EvaluateWrapped(Evaluation& evaluation, const LabeledCase& labeled,
                     const CasePlan& plan, detect::Scanner& scanner) {
  for (auto [prefix, suffix] : kWrappers) {
    std::string text = std::string(prefix) + labeled.text + std::string(suffix);
    CasePlan wrapped = plan;
    wrapped.whole_string = false;
    wrapped.match = MatchRule::kCover;
    for (auto& value : wrapped.expected) {
      value.range.begin += prefix.size();
      value.range.end += prefix.size();
    }
    auto findings = FindJudged(scanner, text);
    auto result = ScoreCase(text, wrapped, findings);
    AddToTally(wrapped, result, findings, evaluation.wrapped);
    AddSettled(text, wrapped, findings, evaluation.wrapped_settled);
    AddToTally(wrapped, result, findings,
               evaluation.by_source[labeled.file + " wrapped"]);
    NoteMisses(evaluation, labeled, text, wrapped, result, findings,
               "wrapped: ");
  }
}

}  // namespace

const Result<app::Engine>& DefaultEngine() {
  static const Result<app::Engine> engine = []() -> Result<app::Engine> {
    auto catalog = catalog::Catalog::Load({});
    if (!catalog.ok()) return catalog.error();
    return app::BuildEngine(catalog.value(), app::EngineOptions{});
  }();
  return engine;
}

std::vector<JudgedFinding> FindJudged(detect::Scanner& scanner,
                                      std::string_view text) {
  std::vector<detect::Finding> findings;
  scanner.Scan(text, findings);
  std::vector<JudgedFinding> judged;
  for (const auto& finding : findings) {
    auto type =
        TypeOfLabel(scanner.detectors().detector(finding.detector).label);
    if (type) judged.push_back({finding.range, *type});
  }
  return judged;
}

Evaluation Evaluate(const std::vector<LabeledCase>& cases,
                    detect::Scanner& scanner) {
  Evaluation evaluation;
  std::set<std::string> seen;  // "<source>\x1f<key>" and "\x1f<key>"
  for (const auto& labeled : cases) {
    CasePlan plan = PlanCase(labeled);
    if (plan.judged.empty()) continue;
    auto findings = FindJudged(scanner, labeled.text);
    auto result = ScoreCase(labeled.text, plan, findings);
    NoteExclusions(evaluation, labeled, plan, result);
    if (!plan.exclusion.empty()) continue;
    std::string key = "\x1f" + labeled.entity + "\x1f" + labeled.text + "\x1f" +
                      std::to_string(static_cast<int>(labeled.kind));
    std::string source = labeled.file + (plan.cross_type ? " cross-type" : "");
    if (seen.insert(source + key).second) {
      AddToTally(plan, result, findings, evaluation.by_source[source]);
    }
    if (!seen.insert(key).second) continue;
    AddToTally(plan, result, findings, evaluation.total);
    AddSettled(labeled.text, plan, findings, evaluation.settled);
    NoteDebatable(evaluation, plan, result);
    NoteMisses(evaluation, labeled, labeled.text, plan, result, findings, "");
    if (plan.whole_string && !plan.expected.empty()) {
      EvaluateWrapped(evaluation, labeled, plan, scanner);
    }
  }
  return evaluation;
}

}  // namespace logveil::accuracy
