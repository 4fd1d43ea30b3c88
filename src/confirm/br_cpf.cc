#include "confirm/br_cpf.h"

#include "confirm/finder_steps.h"
#include "validate/br_cpf.h"

namespace logveil::confirm {
namespace {

constexpr size_t kCpfLength = 14;  // "DDD.DDD.DDD-DD"

struct BrCpfSteps {
  using B = ByteClasses;

  // Starts of DDD.DDD.DDD-DD with no word byte or '.' before and no word
  // byte after. The separators first: dots four apart with a dash four
  // after them are rare, and most blocks stop there.
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    MaskPair dot = v.Pair(&B::dot);
    MaskPair separators = dot & dot.Ahead(4) & v.Pair(&B::dash).Ahead(8);
    if (None(separators.lo | separators.hi)) return Words{};
    MaskPair d = v.Pair(&B::digit);
    MaskPair three = d & d.Ahead(1) & d.Ahead(2);
    MaskPair shape = three & separators.Ahead(3) & three.Ahead(4) &
                     three.Ahead(8) & d.Ahead(12) & d.Ahead(13);
    if (None(shape.lo)) return Words{};
    return shape.lo & ~IsWordByte(v, -1) & ~v.Has(&B::dot, -1) &
           ~IsWordByte(v, kCpfLength);
  }

  static size_t Visit(std::string_view text, size_t at, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    return VisitFixedLength(text, at, kCpfLength, &validate::IsValidBrCpf, out);
  }
};

}  // namespace

const FinderSteps kBrCpfSteps = kStepsOf<BrCpfSteps>;

void FindBrCpfs(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out) {
  RunFinderSteps(kBrCpfSteps, text, options, out);
}

}  // namespace logveil::confirm
