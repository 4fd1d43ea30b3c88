// RE2 adapter (2022 API: re2::StringPiece). StringPiece <-> string_view
// conversions happen here only.
#include "regex/regex.h"

#include <re2/re2.h>

namespace logveil::regex {

struct Regex::Program {
  Program(const std::string& regex, const RE2::Options& options)
      : re(regex, options) {}
  RE2 re;
  int capture = 0;  // the group reported, or the last one tried
  // Report the first of groups 1..capture that took part (kFirstGroup).
  bool first_group = false;
};

namespace {

RE2::Options MakeOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);  // bytes, like Hyperscan
  options.set_log_errors(false);
  return options;
}

// True if `regex` is one capturing group, "(...)": group 1 is then the whole
// match, which RE2 finds with its DFAs alone; asking for a group makes it
// run a slower submatch engine over the match. Conservative: false when
// unsure (\Q...\E quoting).
bool IsOneGroup(std::string_view regex) {
  if (regex.size() < 2 || regex.front() != '(' || regex[1] == '?' ||
      regex.find("\\Q") != std::string_view::npos) {
    return false;
  }
  int depth = 0;
  for (size_t i = 0; i < regex.size(); ++i) {
    char c = regex[i];
    if (c == '\\') {
      ++i;  // the escaped byte is literal
    } else if (c == '[') {
      // A class: ']' first (after an optional '^') is a member.
      size_t j = i + 1;
      if (j < regex.size() && regex[j] == '^') ++j;
      if (j < regex.size() && regex[j] == ']') ++j;
      while (j < regex.size() && regex[j] != ']') j += regex[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return i + 1 == regex.size();
    }
  }
  return false;
}

}  // namespace

Result<Regex> Regex::Compile(const std::string& regex, int capture) {
  auto program = std::make_unique<Program>(regex, MakeOptions());
  if (!program->re.ok()) {
    return MakeError(ErrorCode::kConfig, "RE2: " + program->re.error());
  }
  int groups = program->re.NumberOfCapturingGroups();
  if (capture == kFirstGroup) {
    if (groups == 0) {
      return MakeError(ErrorCode::kConfig,
                       "capture 'first' needs a capturing group");
    }
    program->first_group = true;
    program->capture = groups;
    return Regex(std::move(program));
  }
  program->capture = capture >= 0 ? capture : (groups > 0 ? 1 : 0);
  if (program->capture > groups) {
    return MakeError(
        ErrorCode::kConfig,
        "capture group " + std::to_string(capture) + " does not exist");
  }
  if (program->capture == 1 && IsOneGroup(regex)) program->capture = 0;
  return Regex(std::move(program));
}

Regex::Regex(std::unique_ptr<Program> program) : program_(std::move(program)) {}
Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

void Regex::FindAll(std::string_view text, std::vector<ByteRange>& out) const {
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
    int reported = capture;
    if (program_->first_group) {
      reported = 1;
      while (reported < capture && groups[reported].data() == nullptr) {
        ++reported;
      }
    }
    if (groups[reported].data() != nullptr && !groups[reported].empty()) {
      size_t begin = groups[reported].data() - text.data();
      out.push_back({begin, begin + groups[reported].size()});
    }
    // An empty match must still advance, or the loop would never end.
    position = match_end > position ? match_end : position + 1;
  }
}

bool Regex::FullMatch(std::string_view text) const {
  re2::StringPiece input(text.data(), text.size());
  return program_->re.Match(input, 0, text.size(), RE2::ANCHOR_BOTH, nullptr,
                            0);
}

bool Regex::MatchesPrefix(std::string_view text) const {
  re2::StringPiece input(text.data(), text.size());
  return program_->re.Match(input, 0, text.size(), RE2::ANCHOR_START, nullptr,
                            0);
}

bool Regex::MatchPrefix(std::string_view text,
                        std::vector<std::string_view>& groups) const {
  const int count = program_->re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(count);
  re2::StringPiece input(text.data(), text.size());
  if (!program_->re.Match(input, 0, text.size(), RE2::ANCHOR_START,
                          pieces.data(), count)) {
    return false;
  }
  groups.clear();
  for (const re2::StringPiece& piece : pieces) {
    groups.emplace_back(piece.data(), piece.size());
  }
  return true;
}

}  // namespace logveil::regex
