#include "detect/sql_values_view.h"

#include <algorithm>

#include "base/ascii.h"

namespace logveil::detect {
namespace {

constexpr std::string_view kValues = "values";
// Longer names are no column: SQL Server's limit (PostgreSQL's is 63,
// MySQL's 64). It bounds what one value can add to the view.
constexpr size_t kMaxColumnName = 128;

size_t SkipBlanks(std::string_view line, size_t at) {
  while (at < line.size() && ascii::IsBlank(line[at])) ++at;
  return at;
}

bool IsValuesAt(std::string_view line, size_t at) {
  return line.size() - at >= kValues.size() &&
         ascii::EqualsLower(line.substr(at, kValues.size()), kValues);
}

// A column as written, without its quotes (`name`, "name", [name]); empty
// if `part` is not one identifier. Non-ASCII bytes count as letters, as in
// the identifiers of most databases.
std::string_view ColumnName(std::string_view part) {
  size_t begin = SkipBlanks(part, 0);
  size_t end = part.size();
  while (end > begin && ascii::IsBlank(part[end - 1])) --end;
  std::string_view name = part.substr(begin, end - begin);
  if (name.size() >= 2 && ((name.front() == '`' && name.back() == '`') ||
                           (name.front() == '"' && name.back() == '"') ||
                           (name.front() == '[' && name.back() == ']'))) {
    name = name.substr(1, name.size() - 2);
  }
  if (name.empty() || name.size() > kMaxColumnName) return {};
  for (char c : name) {
    if (!ascii::IsWordChar(c) && c != '.' && c != '$' &&
        static_cast<unsigned char>(c) < 0x80) {
      return {};
    }
  }
  return name;
}

// Splits a column list into `columns`; false if any part is no column.
bool ReadColumns(std::string_view list,
                 std::vector<std::string_view>& columns) {
  columns.clear();
  for (size_t at = 0;;) {
    size_t comma = std::min(list.find(',', at), list.size());
    std::string_view name = ColumnName(list.substr(at, comma - at));
    if (name.empty()) return false;
    columns.push_back(name);
    if (comma == list.size()) return true;
    at = comma + 1;
  }
}

// The quote that closes the string opening at line[at], or the line's last
// byte if none does. A backslash escape stays inside (MySQL's 'it\'s'):
// where backslashes are plain bytes, reading past the end of a value only
// makes its view line longer. A doubled quote ('O''Brien') needs no case of
// its own: it closes the string and opens the next part at once.
size_t QuotedEnd(std::string_view line, size_t at) {
  const char quote = line[at];
  for (size_t i = at + 1; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == quote) {
      return i;
    }
  }
  return line.size() - 1;
}

// Where the value that starts at line[at] ends: at the ',' or ')' that
// closes it outside strings and parentheses (`NOW()`, `ROW(1, 2)`), or at
// the end of the line (a statement cut short).
size_t ValueEnd(std::string_view line, size_t at) {
  int depth = 0;
  for (size_t i = at; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\'' || c == '"') {
      i = QuotedEnd(line, i);
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && depth-- == 0) {
      return i;
    } else if (c == ',' && depth == 0) {
      return i;
    }
  }
  return line.size();
}

}  // namespace

bool SqlValuesView::Build(std::string_view text,
                          std::span<const ByteRange> lines) {
  view_.clear();
  values_.clear();
  size_t line_bytes = 0;
  for (const ByteRange& line : lines) line_bytes += line.size();
  view_budget_ = kViewBytesPerLineByte * line_bytes;
  for (const ByteRange& line : lines) {
    AppendStatements(line.In(text), line.begin);
  }
  return !view_.empty();
}

void SqlValuesView::AppendStatements(std::string_view line, size_t base) {
  for (size_t at = 0; at < line.size(); ++at) {
    if (!IsValuesAt(line, at)) continue;
    size_t open = SkipBlanks(line, at + kValues.size());
    if (open == line.size() || line[open] != '(') continue;
    // The column list closes just before VALUES.
    size_t close = at;
    while (close > 0 && ascii::IsBlank(line[close - 1])) --close;
    if (close == 0 || line[close - 1] != ')') continue;
    size_t list_end = close - 1;
    size_t list_begin = line.rfind('(', list_end);
    if (list_begin == std::string_view::npos ||
        !ReadColumns(line.substr(list_begin + 1, list_end - list_begin - 1),
                     columns_)) {
      continue;
    }
    // Rows are read once: a 'values' inside them starts no statement.
    at = AppendRows(line, base, open);
  }
}

size_t SqlValuesView::AppendRows(std::string_view line, size_t base,
                                 size_t at) {
  // line[at] opens a row.
  for (;;) {
    size_t index = 0;
    size_t end = at;
    do {
      size_t begin = SkipBlanks(line, end + 1);
      end = ValueEnd(line, begin);
      size_t value_end = end;
      while (value_end > begin && ascii::IsBlank(line[value_end - 1]))
        --value_end;
      if (index < columns_.size() && value_end > begin) {
        AppendValue(columns_[index], line, base, {begin, value_end});
      }
      ++index;
    } while (end < line.size() && line[end] == ',');
    // Past the row's ')': another row after a comma, or the end.
    if (end >= line.size()) return line.size();
    size_t next = SkipBlanks(line, end + 1);
    if (next >= line.size() || line[next] != ',') return end;
    at = SkipBlanks(line, next + 1);
    if (at >= line.size() || line[at] != '(') return end;
  }
}

void SqlValuesView::AppendValue(std::string_view column, std::string_view line,
                                size_t base, ByteRange value) {
  // Past the budget a value is left to the scan of the text as written,
  // without its column: a long name repeated for many short values must
  // not grow the view without bound.
  size_t size = column.size() + 3 + value.size() + 1;
  if (view_.size() + size > view_budget_) return;
  values_.push_back({view_.size(), column.size() + 3, base + value.begin});
  view_.append(column);
  view_.append(" = ");
  view_.append(value.In(line));
  view_.push_back('\n');
}

void SqlValuesView::AppendMapped(const std::vector<Finding>& findings,
                                 std::vector<Finding>& out) const {
  for (const Finding& finding : findings) {
    // Every view line starts a value, so one at or before the finding is
    // there.
    auto after = std::upper_bound(
        values_.begin(), values_.end(), finding.range.begin,
        [](size_t at, const Value& value) { return at < value.decoded_begin; });
    const Value& value = *(after - 1);
    size_t value_begin = value.decoded_begin + value.prefix;
    if (finding.range.end <= value_begin) continue;
    size_t begin = std::max(finding.range.begin, value_begin);
    out.push_back({finding.detector,
                   {value.raw_begin + (begin - value_begin),
                    value.raw_begin + (finding.range.end - value_begin)}});
  }
}

}  // namespace logveil::detect
