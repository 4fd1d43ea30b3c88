// Encoded forms (docs/decisions/0005-encoded-forms.md) on the labeled
// corpus: every whole-string positive that logveil finds in a URL query
// string, in HTML text or in an escaped JSON string as it is written must
// also be found there with every byte but letters and digits escaped.
// `accuracy_tests "encoded forms*" -s` prints the counts.
#include <algorithm>
#include <catch2/catch.hpp>

#include "accuracy/corpus_fixture.h"
#include "base/ascii.h"

namespace logveil::accuracy {
namespace {

using Encoder = std::string (*)(std::string_view);

std::string Hex2(unsigned char c) {
  return {"0123456789ABCDEF"[c >> 4], "0123456789ABCDEF"[c & 15]};
}

// Escapes every ASCII byte but letters and digits; others stay (UTF-8).
std::string Escaped(std::string_view value, std::string (*escape)(char)) {
  std::string out;
  for (char c : value) {
    bool plain = ascii::IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80;
    out += plain ? std::string(1, c) : escape(c);
  }
  return out;
}

std::string Plain(std::string_view value) { return std::string(value); }
std::string Percent(std::string_view value) {
  std::string out;  // UTF-8 is percent-encoded too, as browsers send it
  for (char c : value) {
    out += ascii::IsAlnum(c) ? std::string(1, c) : "%" + Hex2(c);
  }
  return out;
}
std::string Html(std::string_view value) {
  return Escaped(value, [](char c) {
    return "&#" + std::to_string(static_cast<int>(c)) + ";";
  });
}
std::string Json(std::string_view value) {
  return Escaped(value, [](char c) { return "\\u00" + Hex2(c); });
}

struct Form {
  std::string_view name;
  std::string_view prefix, suffix;
  Encoder encode;
};

const Form kForms[] = {
    {"query", "GET /find?lang=en&v=", "&page=2 HTTP/1.1", Percent},
    {"html", "<td class=\"c\">", "</td>", Html},
    {"json", "body=\"{\\\"v\\\":\\\"", "\\\"}\"", Json},
};

// Returns the findings in `form` wrapped around `text` written with
// `encode`, at the offsets of the same form around `text` as it is: a byte
// of `text` is inside a finding when all of its escape is.
std::vector<JudgedFinding> FindEncoded(detect::Scanner& scanner,
                                       std::string_view text, const Form& form,
                                       Encoder encode) {
  std::string body;
  std::vector<size_t> starts;  // where each byte of `text` starts in body
  for (const char& c : text) {
    starts.push_back(body.size());
    body += encode({&c, 1});
  }
  starts.push_back(body.size());
  std::string wrapped =
      std::string(form.prefix) + body + std::string(form.suffix);
  size_t prefix = form.prefix.size();
  auto plain = [&](size_t offset, bool end) {
    if (offset <= prefix) return offset;
    if (offset >= prefix + body.size()) {
      return offset - body.size() + text.size();
    }
    auto byte =
        end ? std::upper_bound(starts.begin(), starts.end(), offset - prefix) -
                  1
            : std::lower_bound(starts.begin(), starts.end(), offset - prefix);
    return prefix + static_cast<size_t>(byte - starts.begin());
  };
  std::vector<JudgedFinding> mapped;
  for (JudgedFinding finding : FindJudged(scanner, wrapped)) {
    finding.range = {plain(finding.range.begin, false),
                     plain(finding.range.end, true)};
    if (finding.range.begin < finding.range.end) mapped.push_back(finding);
  }
  return mapped;
}

// True if every expected value of `plan` is found in `text` written with
// `encode` inside `form`.
bool AllFound(detect::Scanner& scanner, const LabeledCase& labeled,
              CasePlan plan, const Form& form, Encoder encode) {
  plan.whole_string = false;
  plan.match = MatchRule::kCover;
  for (auto& value : plan.expected) {
    value.range.begin += form.prefix.size();
    value.range.end += form.prefix.size();
  }
  std::string plain =
      std::string(form.prefix) + labeled.text + std::string(form.suffix);
  auto findings = FindEncoded(scanner, labeled.text, form, encode);
  auto result = ScoreCase(plain, plan, findings);
  for (ValueOutcome outcome : result.values) {
    if (outcome != ValueOutcome::kFound) return false;
  }
  return true;
}

TEST_CASE("encoded forms: found as often as the plain form", "[accuracy]") {
  auto cases = LoadLabeledDirectory(kCorpusDir + "/labeled");
  REQUIRE(cases.ok());
  detect::Scanner scanner(TheEngine().detectors);
  for (const Form& form : kForms) {
    int plain = 0, encoded = 0, lost = 0;
    for (const auto& labeled : cases.value()) {
      CasePlan plan = PlanCase(labeled);
      if (!plan.exclusion.empty() || !plan.whole_string ||
          plan.expected.empty()) {
        continue;
      }
      bool found_plain = AllFound(scanner, labeled, plan, form, Plain);
      bool found_encoded = AllFound(scanner, labeled, plan, form, form.encode);
      plain += found_plain;
      encoded += found_encoded;
      lost += found_plain && !found_encoded;
    }
    WARN(form.name << ": found plain " << plain << ", encoded " << encoded
                   << ", lost " << lost);
    CHECK(plain > 3000);
    CHECK(lost <= plain / 100);
  }
}

}  // namespace
}  // namespace logveil::accuracy
