#include "detect/decoded_view.h"

#include <algorithm>
#include <cstring>

#include "detect/escape.h"

namespace logveil::detect {
namespace {

// Finds the next line holding one of up to two trigger bytes: one memchr
// per trigger over the whole text, each restarted only when the line
// holding its last hit is done.
class TriggerLines {
 public:
  TriggerLines(std::string_view text, Encoding family) : text_(text) {
    triggers_[0].byte = EscapeTrigger(family);
    // A query string may hold '+' for space and no '%' at all.
    triggers_[1].byte = '?';
    count_ = family == Encoding::kPercent ? 2 : 1;
    for (int i = 0; i < count_; ++i) Seek(i, 0);
  }

  // Sets `line` to the next line at or after `from` (a line start) that
  // holds a trigger; false if there is none.
  bool Next(size_t from, ByteRange& line) {
    size_t hit = text_.size();
    for (int i = 0; i < count_; ++i) hit = std::min(hit, NextHit(i, from));
    if (hit == text_.size()) return false;
    const void* newline_before = memrchr(text_.data() + from, '\n', hit - from);
    line.begin = newline_before ? static_cast<const char*>(newline_before) -
                                      text_.data() + 1
                                : from;
    const void* newline =
        std::memchr(text_.data() + hit, '\n', text_.size() - hit);
    line.end = newline ? static_cast<const char*>(newline) - text_.data()
                       : text_.size();
    return true;
  }

 private:
  struct Trigger {
    char byte = 0;
    size_t next = 0;  // the first hit at or after where it was last sought
  };

  void Seek(int i, size_t from) {
    Trigger& trigger = triggers_[i];
    const void* hit =
        std::memchr(text_.data() + from, trigger.byte, text_.size() - from);
    trigger.next =
        hit ? static_cast<const char*>(hit) - text_.data() : text_.size();
  }

  size_t NextHit(int i, size_t from) {
    if (triggers_[i].next < from) Seek(i, from);
    return triggers_[i].next;
  }

  std::string_view text_;
  Trigger triggers_[2];
  int count_;
};

// Returns where the query string that starts at line[begin] ends.
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

}  // namespace

bool DecodedView::Build(std::string_view text, Encoding family) {
  family_ = family;
  decoded_.clear();
  units_.clear();
  queries_.clear();
  TriggerLines lines(text, family);
  ByteRange line;
  for (size_t from = 0; from < text.size() && lines.Next(from, line);
       from = line.end + 1) {
    AppendLine(line.In(text), line.begin);
  }
  return !decoded_.empty();
}

bool DecodedView::AppendLine(std::string_view line, size_t base) {
  size_t units = units_.size();
  size_t bytes = decoded_.size();
  size_t queries = queries_.size();
  units_.push_back({bytes, base, 0, 0});
  bool decoded = family_ == Encoding::kPercent
                     ? AppendPercentLine(line, base)
                     : AppendEscapes(family_, line, base, 0, line.size());
  if (!decoded) {
    units_.resize(units);
    decoded_.resize(bytes);
    queries_.resize(queries);
    return false;
  }
  decoded_.push_back('\n');
  return true;
}

bool DecodedView::AppendPercentLine(std::string_view line, size_t base) {
  bool decoded = false;
  size_t at = 0;
  while (at < line.size()) {
    size_t question = line.find('?', at);
    if (question == std::string_view::npos) question = line.size() - 1;
    decoded |= AppendEscapes(Encoding::kPercent, line, base, at, question + 1);
    at = question + 1;
    if (at >= line.size()) break;
    size_t end = QueryEnd(line, at);
    decoded |= AppendQuery(line, base, at, end);
    at = end;
  }
  return decoded;
}

bool DecodedView::AppendQuery(std::string_view line, size_t base, size_t begin,
                              size_t end) {
  if (line.substr(begin, end - begin).find('=') == std::string_view::npos) {
    return AppendEscapes(Encoding::kPercent, line, base, begin, end);
  }
  size_t decoded_begin = decoded_.size();
  bool decoded = AppendEscapes(Encoding::kForm, line, base, begin, end);
  queries_.push_back({decoded_begin, decoded_.size()});
  return decoded;
}

bool DecodedView::AppendEscapes(Encoding encoding, std::string_view line,
                                size_t base, size_t begin, size_t end) {
  // Escapes never reach past `end` (a query string's end).
  std::string_view part = line.substr(0, end);
  bool decoded = false;
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
      decoded = true;
    } else {
      decoded_.push_back(part[special]);
      at = special + 1;
    }
  }
  return decoded;
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
    Encoding encoding =
        InQuery(finding.range.begin) ? Encoding::kForm : family_;
    out.push_back({finding.detector, raw, encoding});
  }
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
