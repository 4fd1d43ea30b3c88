#include "confirm/us_ssn.h"

#include "confirm/finder_steps.h"
#include "validate/us_ssn.h"

namespace logveil::confirm {
namespace {

constexpr size_t kSsnLength = 11;  // "AAA-GG-SSSS"

struct UsSsnSteps {
  using B = ByteClasses;

  // Starts of DDD-DD-DDDD with no word byte before or after.
  LOGVEIL_VECTOR_INLINE static Words Triggers(const BlockView& v) {
    MaskPair dash = v.Pair(&B::dash);
    if (None(dash.lo | dash.hi)) return Words{};
    MaskPair d = v.Pair(&B::digit);
    MaskPair two = d & d.Ahead(1);
    MaskPair shape = two & d.Ahead(2) & dash.Ahead(3) & two.Ahead(4) &
                     dash.Ahead(6) & two.Ahead(7) & two.Ahead(9);
    if (None(shape.lo)) return Words{};
    return shape.lo & ~IsWordByte(v, -1) & ~IsWordByte(v, kSsnLength);
  }

  static size_t Visit(std::string_view text, size_t at, size_t /*pos*/,
                      const FindOptions& /*options*/,
                      std::vector<ByteRange>& out) {
    return VisitFixedLength(text, at, kSsnLength, &validate::IsPlausibleUsSsn,
                            out);
  }
};

}  // namespace

const FinderSteps kUsSsnSteps = kStepsOf<UsSsnSteps>;

void FindUsSsns(std::string_view text, const FindOptions& options,
                std::vector<ByteRange>& out) {
  RunFinderSteps(kUsSsnSteps, text, options, out);
}

}  // namespace logveil::confirm
