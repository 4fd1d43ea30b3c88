// No built-in database: what the generator links, since it is the program
// that makes the real one. Every pattern set is compiled at start-up.
#include "detect/hyperscan_prefilter.h"

namespace logveil::detect {

SerializedPrefilter BuiltinPrefilter() { return {}; }

}  // namespace logveil::detect
