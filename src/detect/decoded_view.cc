#include "detect/decoded_view.h"

#include <algorithm>
#include <cstring>

#include "detect/escape.h"

namespace logveil::detect {
namespace {

// Returns where the query string that starts at line[begin] ends: at a
// byte no URL holds as it is, or a fragment.
size_t QueryEnd(std::string_view line, size_t begin) {
  constexpr std::string_view kQueryEnds = " \t\r\"'<>#\\`";
  size_t end = line.find_first_of(kQueryEnds, begin);
  return end == std::string_view::npos ? line.size() : end;
}

// Returns where the next byte that may start an escape of `encoding` is in
// line[at, end), or `end`.
size_t NextSpecial(Encoding encoding, std::string_view line, size_t at,
                   size_t end) {
  if (encoding == Encoding::kForm) {
    while (at < end && line[at] != '%' && line[at] != '+' && line[at] != '&') {
      ++at;
    }
    return at;
  }
  const void* hit =
      std::memchr(line.data() + at, EscapeTrigger(encoding), end - at);
  return hit ? static_cast<const char*>(hit) - line.data() : end;
}

// Returns true if `line` holds an escape of `encoding`. Most lines that hold a
// trigger byte hold none: this check spares them the copy into the view.
bool HoldsEscape(Encoding encoding, std::string_view line) {
  char trigger = EscapeTrigger(encoding);
  Escape escape;
  for (size_t at = 0; at < line.size(); ++at) {
    const void* hit = std::memchr(line.data() + at, trigger, line.size() - at);
    if (hit == nullptr) break;
    at = static_cast<const char*>(hit) - line.data();
    if (ParseEscape(encoding, line, at, escape)) return true;
  }
  return false;
}

}  // namespace

bool DecodedView::Build(std::string_view text, Encoding family) {
  family_ = family;
  decoded_.clear();
  units_.clear();
  queries_.clear();
  const char trigger = EscapeTrigger(family);
  for (size_t from = 0; from < text.size();) {
    const void* hit =
        std::memchr(text.data() + from, trigger, text.size() - from);
    if (hit == nullptr) break;
    size_t at = static_cast<const char*>(hit) - text.data();
    const void* newline_before = memrchr(text.data() + from, '\n', at - from);
    size_t begin = newline_before ? static_cast<const char*>(newline_before) -
                                        text.data() + 1
                                  : from;
    const void* newline = std::memchr(text.data() + at, '\n', text.size() - at);
    size_t end =
        newline ? static_cast<const char*>(newline) - text.data() : text.size();
    AppendLine(text.substr(begin, end - begin), begin);
    from = end + 1;
  }
  return !decoded_.empty();
}

void DecodedView::AppendLine(std::string_view line, size_t base) {
  if (!HoldsEscape(family_, line)) return;
  units_.push_back({decoded_.size(), base, 0, 0});
  if (family_ == Encoding::kPercent) {
    AppendPercentLine(line, base);
  } else {
    AppendEscapes(family_, line, base, 0, line.size());
  }
  decoded_.push_back('\n');
}

void DecodedView::AppendPercentLine(std::string_view line, size_t base) {
  size_t at = 0;
  while (at < line.size()) {
    size_t question = line.find('?', at);
    size_t query =
        question == std::string_view::npos ? line.size() : question + 1;
    AppendEscapes(Encoding::kPercent, line, base, at, query);
    if (query == line.size()) break;
    at = QueryEnd(line, query);
    AppendQuery(line, base, query, at);
  }
}

void DecodedView::AppendQuery(std::string_view line, size_t base, size_t begin,
                              size_t end) {
  if (line.substr(begin, end - begin).find('=') == std::string_view::npos) {
    return AppendEscapes(Encoding::kPercent, line, base, begin, end);
  }
  size_t decoded_begin = decoded_.size();
  AppendEscapes(Encoding::kForm, line, base, begin, end);
  queries_.push_back({decoded_begin, decoded_.size()});
}

void DecodedView::AppendEscapes(Encoding encoding, std::string_view line,
                                size_t base, size_t begin, size_t end) {
  // Escapes never reach past `end` (a query string's end).
  std::string_view part = line.substr(0, end);
  Escape escape;
  for (size_t at = begin; at < end;) {
    size_t special = NextSpecial(encoding, part, at, end);
    decoded_.append(part.substr(at, special - at));
    if (special == end) break;
    if (encoding == Encoding::kForm && part[special] == '&') {
      // Parameters are scanned apart: nothing matches across a newline.
      decoded_.push_back('\n');
      at = special + 1;
    } else if (ParseEscape(encoding, part, special, escape)) {
      units_.push_back(
          {decoded_.size(), base + special, escape.size, escape.raw_size});
      decoded_.append(escape.decoded());
      at = special + escape.raw_size;
    } else {
      decoded_.push_back(part[special]);
      at = special + 1;
    }
  }
}

size_t DecodedView::RawOffset(size_t decoded, bool end) const {
  // Every line starts with an anchor, so a unit at or before `decoded`
  // exists.
  auto after = std::upper_bound(
      units_.begin(), units_.end(), decoded,
      [](size_t at, const Unit& unit) { return at < unit.decoded_begin; });
  const Unit& unit = *(after - 1);
  size_t into = decoded - unit.decoded_begin;
  if (into < unit.decoded_size) {
    return end ? unit.raw_begin + unit.raw_size : unit.raw_begin;
  }
  return unit.raw_begin + unit.raw_size + (into - unit.decoded_size) + end;
}

bool DecodedView::InQuery(size_t decoded) const {
  auto after = std::upper_bound(
      queries_.begin(), queries_.end(), decoded,
      [](size_t at, const ByteRange& query) { return at < query.begin; });
  return after != queries_.begin() && decoded < (after - 1)->end;
}

void DecodedView::AppendMapped(const std::vector<Finding>& findings,
                               std::vector<Finding>& out) const {
  for (const Finding& finding : findings) {
    if (finding.range.size() == 0) continue;
    ByteRange raw{RawOffset(finding.range.begin, false),
                  RawOffset(finding.range.end - 1, true)};
    // Every escape but '+' (query strings only) is longer than what it
    // means: a finding as long as its bytes holds none, and is plain text.
    Encoding encoding = InQuery(finding.range.begin)         ? Encoding::kForm
                        : raw.size() != finding.range.size() ? family_
                                                             : Encoding::kNone;
    out.push_back({finding.detector, raw, encoding});
  }
}

bool DecodedView::InsideEscape(size_t at) const {
  // Units are in raw order too: lines and escapes are appended in order.
  auto after = std::upper_bound(
      units_.begin(), units_.end(), at,
      [](size_t raw, const Unit& unit) { return raw < unit.raw_begin; });
  if (after == units_.begin()) return false;
  const Unit& unit = *(after - 1);
  return at > unit.raw_begin && at < unit.raw_begin + unit.raw_size;
}

size_t DecodedView::DropSplitEscapes(std::vector<Finding>& findings, size_t raw,
                                     size_t mapped) {
  if (mapped == findings.size()) return 0;
  decoded_by_begin_.clear();
  for (size_t i = mapped; i < findings.size(); ++i) {
    decoded_by_begin_.push_back(findings[i].range);
  }
  std::sort(decoded_by_begin_.begin(), decoded_by_begin_.end(),
            [](ByteRange a, ByteRange b) { return a.begin < b.begin; });
  max_end_.clear();
  for (const ByteRange& range : decoded_by_begin_) {
    max_end_.push_back(
        std::max(max_end_.empty() ? 0 : max_end_.back(), range.end));
  }
  // A view finding overlaps `range` if it begins before range.end and ends
  // after range.begin: among those beginning before range.end, the one
  // ending last decides.
  auto overlaps_view = [&](ByteRange range) {
    auto after = std::lower_bound(
        decoded_by_begin_.begin(), decoded_by_begin_.end(), range.end,
        [](ByteRange a, size_t end) { return a.begin < end; });
    size_t before = after - decoded_by_begin_.begin();
    return before > 0 && max_end_[before - 1] > range.begin;
  };
  // View findings are few and escapes many: the overlap test goes first.
  auto splits = [&](const Finding& finding) {
    return overlaps_view(finding.range) && (InsideEscape(finding.range.begin) ||
                                            InsideEscape(finding.range.end));
  };
  auto kept = std::remove_if(findings.begin(), findings.begin() + raw, splits);
  size_t removed = findings.begin() + raw - kept;
  if (removed > 0) {
    findings.erase(kept, findings.begin() + raw);
  }
  return removed;
}

std::string_view DecodedView::Value(const Finding& finding,
                                    std::string_view text) {
  std::string_view raw = finding.range.In(text);
  if (finding.encoding == Encoding::kNone) return raw;
  value_.clear();
  AppendDecoded(finding.encoding, raw, value_);
  return value_;
}

}  // namespace logveil::detect
