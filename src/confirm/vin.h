// Finder for vehicle identification numbers (ISO 3779) in fleet and
// telematics logs: 17 upper-case letters and digits standing alone, with
// the shape of a VIN (validate/vin.h). A bare VIN must carry a valid North
// American check digit; one whose check digit fails (European VINs do not
// use it) counts only after a key that names it ("vin=", "VIN:",
// "\"vehicle_id\": \"").
#pragma once

#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "confirm/finder.h"

namespace logveil::confirm {

// A FindFunction (see confirm/finder.h).
void FindVins(std::string_view text, const FindOptions& options,
              std::vector<ByteRange>& out);

// Its steps in a shared pass (see confirm/finder_steps.h).
extern const FinderSteps kVinSteps;

}  // namespace logveil::confirm
