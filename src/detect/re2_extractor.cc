// RE2 adapter (2022 API: re2::StringPiece). StringPiece <-> string_view
// conversions happen here only.
#include "detect/re2_extractor.h"

#include <re2/re2.h>

namespace logveil::detect {

struct Re2Extractor::Program {
  Program(const std::string& regex, const RE2::Options& options)
      : re(regex, options) {}
  RE2 re;
  int capture = 0;
};

namespace {

RE2::Options MakeOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);  // bytes, like Hyperscan
  options.set_log_errors(false);
  return options;
}

}  // namespace

Result<Re2Extractor> Re2Extractor::Compile(const std::string& regex,
                                           int capture) {
  auto program = std::make_unique<Program>(regex, MakeOptions());
  if (!program->re.ok()) {
    return MakeError(ErrorCode::kConfig, "RE2: " + program->re.error());
  }
  int groups = program->re.NumberOfCapturingGroups();
  program->capture = capture >= 0 ? capture : (groups > 0 ? 1 : 0);
  if (program->capture > groups) {
    return MakeError(
        ErrorCode::kConfig,
        "capture group " + std::to_string(capture) + " does not exist");
  }
  return Re2Extractor(std::move(program));
}

Re2Extractor::Re2Extractor(std::unique_ptr<Program> program)
    : program_(std::move(program)) {}
Re2Extractor::~Re2Extractor() = default;
Re2Extractor::Re2Extractor(Re2Extractor&&) noexcept = default;
Re2Extractor& Re2Extractor::operator=(Re2Extractor&&) noexcept = default;

void Re2Extractor::FindAll(std::string_view text,
                           std::vector<ByteRange>& out) const {
  constexpr int kMaxGroups = 10;
  re2::StringPiece groups[kMaxGroups];
  int capture = program_->capture;
  if (capture >= kMaxGroups) return;
  re2::StringPiece input(text.data(), text.size());
  size_t position = 0;
  while (position <= text.size() &&
         program_->re.Match(input, position, text.size(), RE2::UNANCHORED,
                            groups, capture + 1)) {
    size_t match_end = groups[0].data() - text.data() + groups[0].size();
    if (groups[capture].data() != nullptr && !groups[capture].empty()) {
      size_t begin = groups[capture].data() - text.data();
      out.push_back({begin, begin + groups[capture].size()});
    }
    // An empty match must still advance, or the loop would never end.
    position = match_end > position ? match_end : position + 1;
  }
}

}  // namespace logveil::detect
