// Applying an EditPlan once its scan text has been scanned: findings go to
// the segments that hold them, documents with something to change are
// marked, and each changed document is written out with its edits spliced
// in. Unchanged bytes are copied; strings are re-escaped only where a
// replacement goes.
#pragma once

#include <deque>
#include <string>

#include "detect/detector_set.h"
#include "json/edit_plan.h"
#include "json/key_rules.h"
#include "report/stats.h"
#include "transform/action.h"

namespace logveil::json {

class EditApplier {
 public:
  // All references must outlive the applier.
  EditApplier(const detect::DetectorSet& detectors,
              const transform::ActionTable& actions, const JsonRules& rules);

  // Hands plan.findings (sorted, disjoint, offsets into plan.scan_text) to
  // their segments, counts those that apply in `stats`, and sets
  // Edit::changes and Document::changed where they change something (fixed
  // edits set both when they are planned).
  void Resolve(EditPlan& plan, report::Stats& stats) const;

  // Appends document `doc` of `plan`, edited, to `out`.
  void Append(const EditPlan& plan, uint32_t doc, std::string& out) {
    Append(plan, doc, 0, out);
  }

 private:
  // `depth`: how many stringified documents `doc` is nested in.
  void Append(const EditPlan& plan, uint32_t doc, size_t depth,
              std::string& out);
  // Holds a value at `depth` before it is escaped into its string; reused,
  // so nothing is allocated per value once warm.
  std::string& Buffer(size_t depth);
  bool Applies(const detect::Finding& finding, int filter) const;
  // A number with an encrypt finding becomes one string token holding the
  // whole number, marked so that reveal writes it back as a number. Returns
  // false, appending nothing, if no finding in it is encrypted.
  bool AppendEncryptedNumber(const EditPlan& plan, const Edit& edit,
                             std::string_view raw, std::string& out) const;
  void AppendSpliced(const EditPlan& plan, const Edit& edit,
                     std::string_view raw, bool escape, std::string& out);

  const detect::DetectorSet& detectors_;
  const transform::ActionTable& actions_;
  const JsonRules& rules_;
  std::string scratch_;
  // One per depth; a deque, so growing it keeps the outer ones in place.
  std::deque<std::string> buffers_;
};

}  // namespace logveil::json
