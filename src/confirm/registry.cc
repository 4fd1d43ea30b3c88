// The table of hand-written finders. Adding a finder: declare it in its own
// header, add a row here, and reference it from a pattern file.
#include "confirm/card.h"
#include "confirm/finder.h"
#include "confirm/geo.h"
#include "confirm/iban.h"
#include "confirm/ipv4.h"
#include "confirm/ipv6.h"
#include "confirm/mac.h"
#include "confirm/phone.h"

namespace logveil::confirm {
namespace {

constexpr Finder kFinders[] = {
    {"card", &FindCards},   {"geo", &FindCoordinates}, {"iban", &FindIbans},
    {"ipv4", &FindIpv4},    {"ipv6", &FindIpv6},       {"mac", &FindMacs},
    {"phone", &FindPhones},
};

}  // namespace

const Finder* LookupFinder(std::string_view name) {
  for (const auto& finder : kFinders) {
    if (finder.name == name) return &finder;
  }
  return nullptr;
}

std::span<const Finder> AllFinders() { return kFinders; }

}  // namespace logveil::confirm
