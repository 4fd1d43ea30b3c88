#include "transform/apply.h"

#include <type_traits>

#include "base/ascii.h"
#include "transform/encoded_replacement.h"
#include "transform/encrypt.h"
#include "transform/generalize.h"
#include "transform/pseudonymize.h"
#include "transform/token.h"

namespace logveil::transform {
namespace {

void AppendMasked(const MaskAction& mask, std::string_view value,
                  std::string& out) {
  int maskable = 0;
  for (char c : value) maskable += !mask.keep_separators || ascii::IsAlnum(c);
  int position = 0;
  for (char c : value) {
    if (mask.keep_separators && !ascii::IsAlnum(c)) {
      out.push_back(c);
      continue;
    }
    bool keep =
        position < mask.keep_first || position >= maskable - mask.keep_last;
    out.push_back(keep ? c : mask.mask_char);
    ++position;
  }
}

}  // namespace

void AppendReplacement(const Action& action, std::string_view label,
                       std::string_view value, std::string& out) {
  std::visit(
      [&](const auto& a) {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, RedactAction>) {
          AppendToken(a.token_template, label, "", "", out);
        } else if constexpr (std::is_same_v<T, MaskAction>) {
          AppendMasked(a, value, out);
        } else if constexpr (std::is_same_v<T, HashAction>) {
          AppendHashToken(a.key, a.tenant, a.hex_chars, a.token_template,
                          a.phone_regions, label, value, out);
        } else if constexpr (std::is_same_v<T, PseudonymizeAction>) {
          AppendPseudonym(a, label, value, out);
        } else if constexpr (std::is_same_v<T, GeneralizeAction>) {
          AppendGeneralized(a, label, value, out);
        } else if constexpr (std::is_same_v<T, EncryptAction>) {
          AppendEncrypted(*a.key, label, value, out);
        } else {
          out.append(value);
        }
      },
      action);
}

void AppendScrubbed(std::string_view text,
                    const std::vector<detect::Finding>& findings,
                    const std::vector<detect::Detector>& detectors,
                    const ActionTable& actions, std::string& out) {
  size_t copied = 0;
  for (const detect::Finding& finding : findings) {
    out.append(text.substr(copied, finding.range.begin - copied));
    AppendFindingReplacement(actions[finding.detector],
                             detectors[finding.detector].label,
                             finding.range.In(text), finding, out);
    copied = finding.range.end;
  }
  out.append(text.substr(copied));
}

}  // namespace logveil::transform
