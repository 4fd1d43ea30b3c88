#include "json/edit_apply.h"

#include <algorithm>

#include "json/json_string.h"
#include "transform/encoded_replacement.h"
#include "transform/encrypt.h"

namespace logveil::json {

EditApplier::EditApplier(const detect::DetectorSet& detectors,
                         const transform::ActionTable& actions,
                         const JsonRules& rules)
    : detectors_(detectors), actions_(actions), rules_(rules) {}

bool EditApplier::Applies(const detect::Finding& finding, int filter) const {
  if (filter < 0) return true;
  const auto& allowed = rules_.rule(filter).detectors;
  return allowed.empty() || allowed[finding.detector];
}

void EditApplier::Resolve(EditPlan& plan, report::Stats& stats) const {
  // Segments are disjoint and in scan order; findings are sorted, disjoint
  // and never across the '\n' after a segment. So a finding belongs to the
  // first segment ending after its start, found by binary search, if it
  // reaches into it. Findings within the context before a segment (its
  // key) are dropped; one that runs from the context into the value is cut
  // to the value, so nothing in it is missed. Only segments with findings,
  // and their edits, are touched: most values hold none, and their edits
  // keep `changes` false.
  auto segment = plan.segments.begin();
  for (uint32_t f = 0; f < plan.findings.size(); ++f) {
    detect::Finding& finding = plan.findings[f];
    segment = std::partition_point(
        segment, plan.segments.end(), [&](const ScanSegment& candidate) {
          return candidate.range.end <= finding.range.begin;
        });
    if (segment == plan.segments.end()) break;
    if (segment->range.begin >= finding.range.end) continue;
    auto& range = finding.range;
    range.begin = std::max<size_t>(range.begin, segment->range.begin);
    range.end = std::min<size_t>(range.end, segment->range.end);
    if (segment->first_finding == segment->last_finding) {
      segment->first_finding = f;
    }
    segment->last_finding = f + 1;
    Edit& edit = plan.edits[segment->edit];
    if (!Applies(finding, edit.filter)) continue;
    stats.CountFinding(finding.detector);
    if (!std::holds_alternative<transform::KeepAction>(
            actions_[finding.detector])) {
      edit.changes = true;
      plan.documents[segment->document].changed = true;
    }
  }
  // A changed nested document changes its string in the document holding
  // it, which comes before it: one pass from the last.
  for (size_t doc = plan.documents.size(); doc-- > 0;) {
    const Document& document = plan.documents[doc];
    if (!document.changed || document.parent == kNone) continue;
    plan.edits[document.parent_edit].changes = true;
    plan.documents[document.parent].changed = true;
  }
}

std::string& EditApplier::Buffer(size_t depth) {
  if (buffers_.size() <= depth) buffers_.resize(depth + 1);
  buffers_[depth].clear();
  return buffers_[depth];
}

void EditApplier::Append(const EditPlan& plan, uint32_t doc, size_t depth,
                         std::string& out) {
  const Document& document = plan.documents[doc];
  std::string_view text = document.text;
  size_t copied = 0;
  for (uint32_t e = document.first_edit; e < document.last_edit; ++e) {
    const Edit& edit = plan.edits[e];
    // Unchanged values are copied with the bytes around them, in one go.
    if (!edit.changes) continue;
    out.append(text.substr(copied, edit.range.begin - copied));
    copied = edit.range.end;
    std::string_view raw = edit.range.In(text);
    switch (edit.kind) {
      case EditKind::kText:
      case EditKind::kString:
        AppendSpliced(plan, edit, raw, edit.kind == EditKind::kString, out);
        break;
      case EditKind::kNumber: {
        if (AppendEncryptedNumber(plan, edit, raw, out)) break;
        std::string& number = Buffer(depth);
        AppendSpliced(plan, edit, raw, false, number);
        out.push_back('"');
        AppendEscaped(number, out);
        out.push_back('"');
        break;
      }
      case EditKind::kReplace:
        out.append(plan.Replacement(edit.target));
        break;
      case EditKind::kDelete:
        break;
      case EditKind::kNested: {
        std::string& nested = Buffer(depth);
        Append(plan, edit.target, depth + 1, nested);
        out.push_back('"');
        AppendEscaped(nested, out);
        out.push_back('"');
        break;
      }
    }
  }
  out.append(text.substr(copied));
}

bool EditApplier::AppendEncryptedNumber(const EditPlan& plan, const Edit& edit,
                                        std::string_view raw,
                                        std::string& out) const {
  const ScanSegment& segment = plan.segments[edit.target];
  for (uint32_t f = segment.first_finding; f < segment.last_finding; ++f) {
    const detect::Finding& finding = plan.findings[f];
    const auto* encrypt =
        std::get_if<transform::EncryptAction>(&actions_[finding.detector]);
    if (encrypt == nullptr || !Applies(finding, edit.filter)) continue;
    out.push_back('"');
    transform::AppendEncrypted(*encrypt->key,
                               detectors_.detector(finding.detector).label, raw,
                               transform::TokenForm::kJsonNumber, out);
    out.push_back('"');
    return true;
  }
  return false;
}

void EditApplier::AppendSpliced(const EditPlan& plan, const Edit& edit,
                                std::string_view raw, bool escape,
                                std::string& out) {
  const ScanSegment& segment = plan.segments[edit.target];
  std::string_view decoded = segment.range.In(plan.scan_text);
  const uint32_t* offsets = segment.offsets == kNone
                                ? nullptr
                                : plan.offsets.data() + segment.offsets;
  size_t copied = 0;
  for (uint32_t f = segment.first_finding; f < segment.last_finding; ++f) {
    const detect::Finding& finding = plan.findings[f];
    const transform::Action& action = actions_[finding.detector];
    if (!Applies(finding, edit.filter) ||
        std::holds_alternative<transform::KeepAction>(action)) {
      continue;
    }
    ByteRange in_segment{finding.range.begin - segment.range.begin,
                         finding.range.end - segment.range.begin};
    ByteRange in_raw = offsets ? RawRange(in_segment, offsets) : in_segment;
    in_raw.begin = std::max(in_raw.begin, copied);
    out.append(raw.substr(copied, in_raw.begin - copied));
    const std::string& label = detectors_.detector(finding.detector).label;
    // Encrypt seals the bytes as written (escapes and all), so that reveal
    // gives the document back byte for byte; the other actions work on what
    // the bytes mean.
    std::string_view value =
        std::holds_alternative<transform::EncryptAction>(action)
            ? in_raw.In(raw)
            : in_segment.In(decoded);
    if (escape) {
      scratch_.clear();
      transform::AppendFindingReplacement(action, label, value, finding,
                                          scratch_);
      AppendEscaped(scratch_, out);
    } else {
      transform::AppendFindingReplacement(action, label, value, finding, out);
    }
    copied = std::max(copied, in_raw.end);
  }
  out.append(raw.substr(copied));
}

}  // namespace logveil::json
