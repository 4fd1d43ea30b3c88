#include "transform/apply.h"

#include <type_traits>

#include "base/ascii.h"
#include "transform/keyed_hash.h"

namespace logveil::transform {
namespace {

// Appends `token_template` with "{label}" and "{hash}" expanded.
void AppendToken(std::string_view token_template, std::string_view label,
                 std::string_view hash, std::string& out) {
  while (!token_template.empty()) {
    size_t brace = token_template.find('{');
    out.append(token_template.substr(0, brace));
    if (brace == std::string_view::npos) return;
    token_template.remove_prefix(brace);
    if (token_template.starts_with("{label}")) {
      out.append(label);
      token_template.remove_prefix(7);
    } else if (token_template.starts_with("{hash}")) {
      out.append(hash);
      token_template.remove_prefix(6);
    } else {
      out.push_back('{');
      token_template.remove_prefix(1);
    }
  }
}

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
    bool keep = position < mask.keep_first ||
                position >= maskable - mask.keep_last;
    out.push_back(keep ? c : mask.mask_char);
    ++position;
  }
}

void AppendHashed(const HashAction& hash, std::string_view label,
                  std::string_view value, std::string& out) {
  // Domain separation: the label is part of the message, so one string seen
  // as an EMAIL and as a PHONE gives unrelated pseudonyms.
  // Per-thread scratch keeps the hot path free of allocation.
  thread_local std::string message;
  thread_local std::string digest;
  message.assign(label).push_back('\0');
  message.append(value);
  digest.clear();
  AppendHmacSha256Hex(hash.key, message, hash.hex_chars, digest);
  AppendToken(hash.token_template, label, digest, out);
}

}  // namespace

void AppendReplacement(const Action& action, std::string_view label,
                       std::string_view value, std::string& out) {
  std::visit(
      [&](const auto& a) {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, RedactAction>) {
          AppendToken(a.token_template, label, "", out);
        } else if constexpr (std::is_same_v<T, MaskAction>) {
          AppendMasked(a, value, out);
        } else if constexpr (std::is_same_v<T, HashAction>) {
          AppendHashed(a, label, value, out);
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
    AppendReplacement(actions[finding.detector],
                      detectors[finding.detector].label,
                      finding.range.In(text), out);
    copied = finding.range.end;
  }
  out.append(text.substr(copied));
}

}  // namespace logveil::transform
