// DecodedView: what the escaped parts of a text mean. For one family of
// encodings at a time it holds the decoded text of every line that holds an
// escape, and maps decoded offsets back to the original bytes. The Scanner
// scans it with the same detectors after the text itself, so
// `john%40example.com` and `john&#64;example.com` are found as emails
// (docs/decisions/0005-encoded-forms.md).
//
// In the percent view, URL query strings (from '?' to a space, quote, '<',
// '>', '#' or '\') are read as form data: '+' is a space and each '&'
// between parameters becomes a line break, so every parameter is scanned on
// its own.
//
// Cost: one memchr for the family's trigger byte ('%', '&', '\') over the
// text; lines that hold one are checked for a valid escape, and only lines
// that hold one are decoded and scanned again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/finding.h"

namespace logveil::detect {

class DecodedView {
 public:
  // The families a text is decoded in, one view each. kPercent reads query
  // strings as kForm.
  static constexpr Encoding kFamilies[] = {Encoding::kPercent, Encoding::kHtml,
                                           Encoding::kJson};

  // Builds the view of `text` (any number of lines) for `family`: the
  // decoded lines, each followed by '\n'. Returns false if no line of `text`
  // holds an escape of the family; the view is then empty. Reuses buffers.
  bool Build(std::string_view text, Encoding family);

  // The decoded lines; valid until the next Build.
  std::string_view text() const { return decoded_; }

  // Appends `findings` (offsets into text()) as findings on the text given
  // to Build: ranges widened to whole escapes, encoding set to kForm for a
  // finding that starts inside a query string, else to the family if the
  // finding holds an escape, else kNone.
  void AppendMapped(const std::vector<Finding>& findings,
                    std::vector<Finding>& out) const;

  // Removes from findings[0, raw) (found in the text as written) those that
  // start or end inside an escape of the view and overlap one of
  // findings[mapped, end) (found in the view): the raw scan took part of
  // the escape for text, as "nbob@x.com" in "\nbob@x.com". Keeps the order;
  // returns how many it removed. O((n + m) log m): the view's findings are
  // sorted once, not searched per raw finding.
  size_t DropSplitEscapes(std::vector<Finding>& findings, size_t raw,
                          size_t mapped);

  // Returns what `finding` (offsets into `text`) means: its bytes decoded
  // per its encoding. Valid until the next call.
  std::string_view Value(const Finding& finding, std::string_view text);

 private:
  // A run of decoded bytes that stands for a run of raw bytes of another
  // size (an escape), or an anchor (both sizes 0) at the start of a line.
  // Bytes between units are copied one for one.
  struct Unit {
    size_t decoded_begin;
    size_t raw_begin;
    size_t decoded_size;
    size_t raw_size;
  };

  // Appends the decoded `line` (which starts at `base` in the text) if it
  // holds an escape.
  void AppendLine(std::string_view line, size_t base);
  void AppendPercentLine(std::string_view line, size_t base);
  void AppendQuery(std::string_view line, size_t base, size_t begin,
                   size_t end);
  // Appends line[begin, end) with the escapes of `encoding` decoded.
  void AppendEscapes(Encoding encoding, std::string_view line, size_t base,
                     size_t begin, size_t end);
  size_t RawOffset(size_t decoded, bool end) const;
  // True if raw offset `at` lies inside an escape, not at its edges.
  bool InsideEscape(size_t at) const;
  bool InQuery(size_t decoded) const;

  Encoding family_ = Encoding::kNone;
  std::string decoded_;
  std::vector<Unit> units_;         // by decoded_begin
  std::vector<ByteRange> queries_;  // decoded ranges read as kForm
  std::string value_;
  // DropSplitEscapes: the view's findings by begin, and the largest end
  // among the first k of them.
  std::vector<ByteRange> decoded_by_begin_;
  std::vector<size_t> max_end_;
};

}  // namespace logveil::detect
