// Case policy: how one labeled case is scored. Maps the corpus entities to
// logveil's labels, decides which cases and values count (quality, kind,
// phone region) and which labels' findings are judged in the case. The
// rules are explained in docs/accuracy.md; this file is their one home.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "accuracy/labeled_case.h"
#include "base/byte_range.h"

namespace logveil::accuracy {

// The types accuracy is reported for, in table order.
enum class EvalType { kEmail, kIpv4, kIpv6, kMac, kCard, kIban, kPhone, kGeo };
inline constexpr int kEvalTypeCount = 8;
inline constexpr std::array<EvalType, kEvalTypeCount> kAllEvalTypes = {
    EvalType::kEmail, EvalType::kIpv4, EvalType::kIpv6,  EvalType::kMac,
    EvalType::kCard,  EvalType::kIban, EvalType::kPhone, EvalType::kGeo};

// Returns the detector label of `type` ("EMAIL", "IPV4", ...).
std::string_view LabelOf(EvalType type);
// Returns the type whose detector label is `label`, if any.
std::optional<EvalType> TypeOfLabel(std::string_view label);

// A set of EvalTypes.
class TypeSet {
 public:
  TypeSet() = default;
  TypeSet(std::initializer_list<EvalType> types) {
    for (EvalType type : types) bits_ |= Bit(type);
  }
  void Add(EvalType type) { bits_ |= Bit(type); }
  bool Has(EvalType type) const { return (bits_ & Bit(type)) != 0; }
  bool empty() const { return bits_ == 0; }

 private:
  static uint32_t Bit(EvalType type) { return 1u << static_cast<int>(type); }
  uint32_t bits_ = 0;
};

// One value the detectors should find.
struct ExpectedValue {
  ByteRange range;
  EvalType type;
  // Non-empty: the value is not scored (the class it is excluded as), and
  // findings that overlap it are neither true nor false.
  std::string_view exclusion;
  // Non-empty: the label is debatable (accuracy/debatable.h); the settled
  // metrics treat the value as excluded.
  std::string_view debatable;
  // PHONE only: the installed libphonenumber, asked directly with the
  // case's region, says this is no valid number (a fake number, or one
  // allocated after the installed metadata); logveil refuses such numbers
  // by design.
  bool invalid_number = false;
};

// How a positive value counts as found. kExactSpan: a finding of its type
// has exactly its range (in-text cases). kCover: findings of its type inside
// it leave only white space and punctuation (whole-string cases). GEO values
// always use the coordinate rule of scoring.cc.
enum class MatchRule { kExactSpan, kCover };

struct CasePlan {
  // Non-empty: the whole case is not scored; the class it is excluded as.
  // `expected` is still filled for excluded positive and ambiguous cases.
  std::string_view exclusion;
  // Non-empty: a negative whose label is debatable (accuracy/debatable.h);
  // the settled metrics leave the case out.
  std::string_view debatable;
  // Findings with these labels are judged; other labels are ignored. A
  // negative case counts as one negative of each judged type.
  TypeSet judged;
  // Whole-string negatives are false positives only when fully covered.
  bool whole_string = false;
  MatchRule match = MatchRule::kExactSpan;
  // Another entity's positive (a timestamp, a UUID, ...): every judged
  // finding in it is false.
  bool cross_type = false;
  std::vector<ExpectedValue> expected;  // empty for negatives
};

// Decides how `labeled` is scored. Pure; the same case always gets the same
// plan. `judged` is empty for cases logveil has nothing to do with (other
// entities, and their negatives).
CasePlan PlanCase(const LabeledCase& labeled);

// The plan of the settled metrics: `plan` with its debatable values
// excluded. Returns false if the whole case is left out (a debatable
// negative).
bool SettledPlan(const CasePlan& plan, CasePlan& settled);

// Returns the ISO region of a phone case: meta.region, or the country of the
// first validator.js locale option ("en-US" -> "US"); "" if unknown.
std::string_view PhoneRegion(const LabeledCase& labeled);

// Returns true if `value` is written in international form ("+CC", "00CC",
// "tel:+CC", full-width plus), which logveil finds whatever its regions.
bool IsInternationalPhone(std::string_view value);

}  // namespace logveil::accuracy
