#include "accuracy/scoring.h"

#include "base/ascii.h"

namespace logveil::accuracy {
namespace {

double Ratio(int part, int whole) {
  return whole == 0 ? 1.0 : static_cast<double>(part) / whole;
}

bool IsPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
         (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Bytes a whole-string value may leave unredacted: surrounding white space
// and punctuation ("<a@b.c>", "(555) 123-4567" redacted from the digit on).
bool IsTrimmable(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || IsPunctuation(c);
}

bool Judged(const CasePlan& plan, const JudgedFinding& finding) {
  return plan.judged.Has(finding.type);
}

// Marks the bytes of `range` covered by judged findings of `type` that lie
// inside it. Returns false if no such finding exists.
bool MarkCovered(ByteRange range, EvalType type,
                 std::span<const JudgedFinding> findings,
                 std::vector<bool>& covered) {
  covered.assign(range.size(), false);
  bool any = false;
  for (const auto& finding : findings) {
    if (finding.type != type || finding.range.begin < range.begin ||
        finding.range.end > range.end) {
      continue;
    }
    any = true;
    for (size_t i = finding.range.begin; i < finding.range.end; ++i) {
      covered[i - range.begin] = true;
    }
  }
  return any;
}

// GEO: every digit of the value is inside a GEO finding within the value
// (logveil reports each coordinate of a pair as its own finding). Others:
// what the findings leave of the value is white space or punctuation, and
// for PHONE a leading "tel:".
bool Covers(std::string_view text, const ExpectedValue& value,
            std::span<const JudgedFinding> findings) {
  std::vector<bool> covered;
  if (!MarkCovered(value.range, value.type, findings, covered)) return false;
  std::string_view bytes = value.range.In(text);
  size_t skip = 0;
  if (value.type == EvalType::kPhone && bytes.size() > 4 &&
      ascii::ToLower(bytes[0]) == 't' && ascii::ToLower(bytes[1]) == 'e' &&
      ascii::ToLower(bytes[2]) == 'l' && bytes[3] == ':') {
    skip = 4;
  }
  for (size_t i = skip; i < bytes.size(); ++i) {
    if (covered[i]) continue;
    bool may_stay = value.type == EvalType::kGeo ? !ascii::IsDigit(bytes[i])
                                                 : IsTrimmable(bytes[i]);
    if (!may_stay) return false;
  }
  return true;
}

bool FindsExactly(const CasePlan& plan, std::string_view text,
                  const ExpectedValue& value,
                  std::span<const JudgedFinding> findings) {
  if (plan.match == MatchRule::kCover || value.type == EvalType::kGeo) {
    return Covers(text, value, findings);
  }
  for (const auto& finding : findings) {
    if (finding.type == value.type && finding.range == value.range) {
      return true;
    }
  }
  return false;
}

ValueOutcome JudgeValue(const CasePlan& plan, std::string_view text,
                        const ExpectedValue& value,
                        std::span<const JudgedFinding> findings) {
  if (FindsExactly(plan, text, value, findings)) return ValueOutcome::kFound;
  for (const auto& finding : findings) {
    if (Judged(plan, finding) && finding.range.Overlaps(value.range)) {
      return ValueOutcome::kPartial;
    }
  }
  return ValueOutcome::kMissed;
}

FindingOutcome JudgeFinding(const CasePlan& plan, const CaseResult& result,
                            const JudgedFinding& finding) {
  FindingOutcome outcome = FindingOutcome::kFalse;
  for (size_t i = 0; i < plan.expected.size(); ++i) {
    const ExpectedValue& value = plan.expected[i];
    if (!finding.range.Overlaps(value.range)) continue;
    if (!value.exclusion.empty()) return FindingOutcome::kIgnored;
    bool inside = finding.range.begin >= value.range.begin &&
                  finding.range.end <= value.range.end;
    if (result.values[i] == ValueOutcome::kFound &&
        finding.type == value.type && inside) {
      outcome = FindingOutcome::kExact;
    } else if (outcome == FindingOutcome::kFalse) {
      outcome = FindingOutcome::kOverlap;
    }
  }
  return outcome;
}

// A whole-string negative is a false positive only if judged findings
// cover all of it. GEO findings are single coordinates: they must cover the
// first and last byte and every digit, leaving only the separator of the
// pair ("12.5, 45.1"); "(12.5, 45.1" is a partial hit.
bool CoversWholeString(const CasePlan& plan, std::string_view text,
                       std::span<const JudgedFinding> findings) {
  std::vector<bool> covered(text.size(), false);
  bool any = false;
  for (const auto& finding : findings) {
    if (!Judged(plan, finding)) continue;
    any = true;
    for (size_t i = finding.range.begin; i < finding.range.end; ++i) {
      covered[i] = true;
    }
  }
  if (!any || !covered.front() || !covered.back()) return false;
  bool digits_only = plan.judged.Has(EvalType::kGeo);
  for (size_t i = 0; i < text.size(); ++i) {
    if (!covered[i] && (!digits_only || ascii::IsDigit(text[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

void TypeTally::Add(const TypeTally& other) {
  values += other.values;
  found += other.found;
  partial += other.partial;
  findings += other.findings;
  findings_exact += other.findings_exact;
  findings_overlap += other.findings_overlap;
  false_findings += other.false_findings;
  negatives += other.negatives;
  negative_partial_hits += other.negative_partial_hits;
  valid_values += other.valid_values;
  valid_found += other.valid_found;
}

double TypeTally::Recall() const { return Ratio(found, values); }
double TypeTally::RecallOverlap() const {
  return Ratio(found + partial, values);
}
double TypeTally::RecallValid() const {
  return Ratio(valid_found, valid_values);
}
double TypeTally::Precision() const { return Ratio(findings_exact, findings); }
double TypeTally::PrecisionOverlap() const {
  return Ratio(findings_exact + findings_overlap, findings);
}
double TypeTally::F1() const {
  double p = Precision();
  double r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

void Tally::Add(const Tally& other) {
  for (size_t i = 0; i < types.size(); ++i) types[i].Add(other.types[i]);
}

CaseResult ScoreCase(std::string_view text, const CasePlan& plan,
                     std::span<const JudgedFinding> findings) {
  CaseResult result;
  for (const auto& value : plan.expected) {
    result.values.push_back(JudgeValue(plan, text, value, findings));
  }
  bool negative = plan.expected.empty() || plan.cross_type;
  if (negative && plan.whole_string) {
    result.negative_covered = CoversWholeString(plan, text, findings);
  }
  for (const auto& finding : findings) {
    FindingOutcome outcome = FindingOutcome::kIgnored;
    if (!Judged(plan, finding)) {
      outcome = FindingOutcome::kIgnored;
    } else if (!negative) {
      outcome = JudgeFinding(plan, result, finding);
    } else if (!plan.whole_string || result.negative_covered) {
      outcome = FindingOutcome::kFalse;
    }
    result.findings.push_back(outcome);
  }
  return result;
}

void AddToTally(const CasePlan& plan, const CaseResult& result,
                std::span<const JudgedFinding> findings, Tally& tally) {
  for (size_t i = 0; i < plan.expected.size(); ++i) {
    const ExpectedValue& value = plan.expected[i];
    if (!value.exclusion.empty()) continue;
    TypeTally& counts = tally[value.type];
    bool found = result.values[i] == ValueOutcome::kFound;
    ++counts.values;
    if (found) ++counts.found;
    if (result.values[i] == ValueOutcome::kPartial) ++counts.partial;
    if (!value.invalid_number) {
      ++counts.valid_values;
      if (found) ++counts.valid_found;
    }
  }
  bool negative = plan.expected.empty() || plan.cross_type;
  TypeSet partial_hit;
  for (size_t i = 0; i < findings.size(); ++i) {
    TypeTally& counts = tally[findings[i].type];
    switch (result.findings[i]) {
      case FindingOutcome::kExact:
        ++counts.findings_exact;
        break;
      case FindingOutcome::kOverlap:
        ++counts.findings_overlap;
        break;
      case FindingOutcome::kFalse:
        ++counts.false_findings;
        break;
      case FindingOutcome::kIgnored:
        if (negative && Judged(plan, findings[i])) {
          partial_hit.Add(findings[i].type);
        }
        continue;
    }
    ++counts.findings;
  }
  if (!negative) return;
  for (EvalType type : kAllEvalTypes) {
    if (!plan.judged.Has(type)) continue;
    ++tally[type].negatives;
    if (partial_hit.Has(type)) ++tally[type].negative_partial_hits;
  }
}

}  // namespace logveil::accuracy
