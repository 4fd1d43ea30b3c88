#include "confirm/finder_steps.h"

#include <algorithm>

namespace logveil::confirm {
namespace {

// 64 blocks of classes (10 KiB) stay in L1 while every finder scans them.
constexpr size_t kWindowBlocks = 64;
// Finders sharing one pass; more are run in further passes.
constexpr size_t kMaxFindersPerPass = 16;

// Runs up to kMaxFindersPerPass finders over `text`, window by window.
void RunPass(std::span<const FinderSteps* const> steps, std::string_view text,
             std::span<const FindOptions* const> options,
             std::span<std::vector<ByteRange>* const> out) {
  size_t blocks = (text.size() + kBlockBytes - 1) / kBlockBytes;
  if (blocks == 0) return;
  ByteClassBlock classes[kWindowBlocks + 2];
  // Before the text: no class, except that the text starts a line.
  classes[0] = {};
  classes[0].newline = uint64_t{1} << (kBlockBytes - 1);
  size_t pos[kMaxFindersPerPass] = {};
  ClassifyBlocks(text, 0, 1, classes + 1);
  for (size_t first = 0; first < blocks; first += kWindowBlocks) {
    size_t count = std::min(kWindowBlocks, blocks - first);
    ClassifyBlocks(text, first + 1, count, classes + 2);
    ClassWindow window{first, count, classes};
    for (size_t f = 0; f < steps.size(); ++f) {
      steps[f]->scan(window, text, *options[f], pos[f], *out[f]);
    }
    classes[0] = classes[count];
    classes[1] = classes[count + 1];
  }
}

}  // namespace

void RunFinderSteps(const FinderSteps& steps, std::string_view text,
                    const FindOptions& options, std::vector<ByteRange>& out) {
  const FinderSteps* one[] = {&steps};
  const FindOptions* one_options[] = {&options};
  std::vector<ByteRange>* outs[] = {&out};
  RunPass(one, text, one_options, outs);
}

void FindAll(std::span<const Finder* const> finders, std::string_view text,
             std::span<const FindOptions* const> options,
             std::span<std::vector<ByteRange>> out) {
  for (size_t first = 0; first < finders.size(); first += kMaxFindersPerPass) {
    size_t count = std::min(kMaxFindersPerPass, finders.size() - first);
    const FinderSteps* steps[kMaxFindersPerPass];
    std::vector<ByteRange>* outs[kMaxFindersPerPass];
    for (size_t f = 0; f < count; ++f) {
      steps[f] = finders[first + f]->steps;
      outs[f] = &out[first + f];
    }
    RunPass({steps, count}, text, options.subspan(first, count), {outs, count});
  }
}

}  // namespace logveil::confirm
