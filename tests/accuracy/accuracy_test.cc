// Accuracy of the built-in detectors on ../shared/corpus/labeled: one
// TEST_CASE per type with recall and precision floors, the cross-type hard
// negatives, and the full report (`accuracy_tests "[table]"`, or
// bench/evaluate.sh). docs/accuracy.md gives the measured numbers behind
// each floor and the known misses.
#include <catch2/catch.hpp>
#include <iostream>

#include "accuracy/corpus_fixture.h"
#include "accuracy/evaluation.h"
#include "accuracy/log_corpus.h"
#include "accuracy/table.h"

namespace logveil::accuracy {
namespace {

// Every labeled case in the corpus (corpus GUIDE: 19,206).
constexpr size_t kLabeledCases = 19206;

const Evaluation& LabeledEvaluation() {
  static const Evaluation evaluation = [] {
    auto cases = LoadLabeledDirectory(kCorpusDir + "/labeled");
    if (!cases.ok()) FAIL(cases.error().message);
    detect::Scanner scanner(TheEngine().detectors);
    return Evaluate(cases.value(), scanner);
  }();
  return evaluation;
}

std::string Describe(const TypeTally& c) {
  return "values " + std::to_string(c.values) + ", found " +
         std::to_string(c.found) + ", partial " + std::to_string(c.partial) +
         ", findings " + std::to_string(c.findings) + ", false " +
         std::to_string(c.false_findings) + ", negatives " +
         std::to_string(c.negatives);
}

// Floors sit a little below the measured values; docs/accuracy.md gives
// the measurements, the targets and the miss classes behind every
// gap. `valid_recall` is the phone recall on the numbers libphonenumber
// accepts (0: not checked); the settled floors apply to the metrics with
// the debatable labels left out (accuracy/debatable.h), which equal the
// strict ones for types without any.
struct Floors {
  double recall;
  double precision;
  double wrapped_recall;
  double settled_recall;
  double settled_precision;
  double valid_recall = 0;
};

void CheckFloors(EvalType type, Floors floors) {
  const Evaluation& evaluation = LabeledEvaluation();
  const TypeTally& labeled = evaluation.total[type];
  const TypeTally& wrapped = evaluation.wrapped[type];
  const TypeTally& settled = evaluation.settled[type];
  INFO(LabelOf(type) << " labeled: " << Describe(labeled));
  INFO(LabelOf(type) << " wrapped: " << Describe(wrapped));
  INFO(LabelOf(type) << " settled: " << Describe(settled));
  REQUIRE(labeled.values >= 30);
  CHECK(labeled.Recall() >= floors.recall);
  CHECK(labeled.Precision() >= floors.precision);
  CHECK(labeled.RecallValid() >= floors.valid_recall);
  REQUIRE(wrapped.values >= 20);
  CHECK(wrapped.Recall() >= floors.wrapped_recall);
  CHECK(settled.Recall() >= floors.settled_recall);
  CHECK(settled.Precision() >= floors.settled_precision);
}

TEST_CASE("the labeled corpus loads completely", "[accuracy]") {
  auto cases = LoadLabeledDirectory(kCorpusDir + "/labeled");
  REQUIRE(cases.ok());
  CHECK(cases.value().size() == kLabeledCases);
}

// Targets 0.99 / 0.99, met on the settled labels. Strict gap: debatable
// labels (TLDs not in the root zone, '=', '/' and '|' in local parts,
// RFC-invalid dots and hyphens, which logveil redacts on purpose, and two
// strings with a JSON-escaped quote that the decoded view reads as quoted
// addresses: strict precision 0.8466 -> 0.8364 when encoded forms came).
TEST_CASE("EMAIL: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kEmail, {0.90, 0.83, 0.84, 0.99, 0.99});
}

// Target recall 0.99, met on the settled labels: the one strict miss is
// Presidio's 192.168.1.1 in 192.168.1.1.1 (debatable).
TEST_CASE("IPV4: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kIpv4, {0.98, 0.99, 0.99, 0.99, 0.99});
}

TEST_CASE("IPV6: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kIpv6, {0.99, 0.99, 0.99, 0.99, 0.99});
}

TEST_CASE("MAC: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kMac, {0.99, 0.99, 0.99, 0.99, 0.99});
}

// One miss: Presidio's bare UATP number 122000000000003 (no card word).
TEST_CASE("CARD: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kCard, {0.99, 0.99, 0.99, 0.99, 0.99});
}

TEST_CASE("IBAN: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kIban, {0.99, 0.99, 0.99, 0.99, 0.99});
}

// Target recall 0.97, met on the numbers libphonenumber accepts. Gap:
// numbers it rejects (fake or newer than its metadata) with no context word
// to vouch for them.
TEST_CASE("PHONE: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kPhone, {0.93, 0.98, 0.95, 0.93, 0.98, 0.97});
}

// Target recall 0.97. Gap: a one-decimal pair after a word ("aaa 41.5
// -81.0") and "0, 0"; wrapped, the pairs with fewer than four decimals that
// logveil reads only when they fill a line.
TEST_CASE("GEO: recall and precision on labeled cases", "[accuracy]") {
  CheckFloors(EvalType::kGeo, {0.98, 0.99, 0.76, 0.98, 0.99});
}

// Positives of TIMESTAMP, UUID, HASH, SEMVER, POSTAL_CODE and OBJECT_ID in
// validator.js and JSON-Schema are hard negatives for the digit kinds.
TEST_CASE("timestamps, UUIDs, hashes and versions are not PHONE, CARD or IP",
          "[accuracy]") {
  int checked = 0;
  for (const auto& [source, tally] : LabeledEvaluation().by_source) {
    if (!source.ends_with(" cross-type")) continue;
    for (EvalType type : {EvalType::kPhone, EvalType::kCard, EvalType::kIpv4,
                          EvalType::kIpv6}) {
      INFO(source << " " << LabelOf(type) << ": " << Describe(tally[type]));
      CHECK(tally[type].false_findings == 0);
      checked += tally[type].negatives;
    }
  }
  CHECK(checked > 0);
}

TEST_CASE("accuracy table", "[.table]") {
  detect::Scanner scanner(TheEngine().detectors);
  auto logs = CountRealLogs(kCorpusDir, scanner);
  REQUIRE(logs.ok());
  std::cout << FormatTable(LabeledEvaluation(), logs.value());
}

}  // namespace
}  // namespace logveil::accuracy
