#include "confirm/finder_steps.h"

#include <algorithm>

namespace logveil::confirm {
namespace {

// Finders sharing one pass; more are run in further passes.
constexpr size_t kMaxFindersPerPass = 16;

// Moves the classes of the window's last block and the one after it to
// slots 0 and 1, where the next window starts.
void ShiftWindow(ByteClasses& classes, size_t count) {
  for (ClassMask mask : kAllClasses) {
    (classes.*mask)[0] = (classes.*mask)[count];
    (classes.*mask)[1] = (classes.*mask)[count + 1];
  }
}

// Runs up to kMaxFindersPerPass finders over `text`, window by window.
void RunPass(std::span<const FinderSteps* const> steps, std::string_view text,
             std::span<const FindOptions* const> options,
             std::span<std::vector<ByteRange>* const> out) {
  size_t blocks = (text.size() + kBlockBytes - 1) / kBlockBytes;
  if (blocks == 0) return;
  ByteClasses classes = {};
  // Before the text: no class, except that the text starts a line.
  classes.newline[0] = uint64_t{1} << (kBlockBytes - 1);
  size_t pos[kMaxFindersPerPass] = {};
  ClassifyBlocks(text, 0, 1, 1, classes);
  for (size_t first = 0; first < blocks; first += kWindowBlocks) {
    size_t count = std::min(kWindowBlocks, blocks - first);
    ClassifyBlocks(text, first + 1, count, 2, classes);
    ClassWindow window{first, count, &classes};
    for (size_t f = 0; f < steps.size(); ++f) {
      steps[f]->scan(window, text, *options[f], pos[f], *out[f]);
    }
    ShiftWindow(classes, count);
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
