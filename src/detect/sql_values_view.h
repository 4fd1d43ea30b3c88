// SqlValuesView: the values of logged SQL INSERT statements, each under its
// column's name. In `INSERT INTO users (first_name, phone) VALUES ('Jane',
// '4155550123')` nothing next to 'Jane' says it is a name, and a bare
// national number is no phone without a word before it; the view reads the
// statement as the detectors read keyed text:
//   first_name = 'Jane'
//   phone = '4155550123'
// one line per value, every row of a multi-row VALUES list, and maps what
// the detectors find there back to the value's bytes in the statement.
//
// Cost: the Scanner builds the view only from the lines where the Hyperscan
// pass saw the literal `values` (kTrigger, any case), and only lines with a
// column list before VALUES give it any line.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "detect/finding.h"

namespace logveil::detect {

class SqlValuesView {
 public:
  // The Hyperscan pattern of the lines worth building a view of. A bare
  // literal: vectorscan 5.4.9 misses some literal-and-class shapes on
  // AVX-512 (docs/decisions/0006-vectorscan-misses.md), and the view checks
  // the rest of the shape itself.
  static constexpr std::string_view kTrigger = "(?i)values";

  // Builds the view of `lines` (ranges of `text`, in increasing order,
  // without their newlines): a `column = value` line for every value of
  // every `(columns) VALUES (row), (row)...` in them. Returns false if there
  // is none; the view is then empty. Reuses buffers.
  bool Build(std::string_view text, std::span<const ByteRange> lines);

  // The view's lines, each followed by '\n'; valid until the next Build.
  std::string_view text() const { return view_; }

  // Appends `findings` (offsets into text()) as findings on the text given
  // to Build, cut to the value they were found in; findings that lie in a
  // column name alone are left out.
  void AppendMapped(const std::vector<Finding>& findings,
                    std::vector<Finding>& out) const;

 private:
  // One view line: `column = ` (decoded_begin, prefix bytes) followed by
  // the value, a copy of the text's bytes from raw_begin on.
  struct Value {
    size_t decoded_begin;
    size_t prefix;
    size_t raw_begin;
  };

  void AppendStatements(std::string_view line, size_t base);
  // Appends the rows that start at line[at] (the '(' after VALUES) under
  // columns_; returns where they end.
  size_t AppendRows(std::string_view line, size_t base, size_t at);
  void AppendValue(std::string_view column, std::string_view line, size_t base,
                   ByteRange value);

  // The view holds at most this many bytes per byte of the lines it is
  // built from.
  static constexpr size_t kViewBytesPerLineByte = 2;

  std::string view_;
  size_t view_budget_ = 0;
  std::vector<Value> values_;
  std::vector<std::string_view> columns_;  // of the statement being read
};

}  // namespace logveil::detect
