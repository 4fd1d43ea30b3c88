// The tables of hand-written finders and fast paths. Adding one: declare it
// in its own header, add a row here, and reference it from a pattern file.
#include "confirm/at_sign_lines.h"
#include "confirm/br_cpf.h"
#include "confirm/card.h"
#include "confirm/email_span.h"
#include "confirm/finder.h"
#include "confirm/geo.h"
#include "confirm/iban.h"
#include "confirm/ipv4.h"
#include "confirm/ipv6.h"
#include "confirm/mac.h"
#include "confirm/phone.h"
#include "confirm/us_ssn.h"
#include "confirm/vin.h"

namespace logveil::confirm {
namespace {

constexpr Finder kFinders[] = {
    {"br_cpf", &FindBrCpfs, &kBrCpfSteps}, {"card", &FindCards, &kCardSteps},
    {"geo", &FindCoordinates, &kGeoSteps}, {"iban", &FindIbans, &kIbanSteps},
    {"ipv4", &FindIpv4, &kIpv4Steps},      {"ipv6", &FindIpv6, &kIpv6Steps},
    {"mac", &FindMacs, &kMacSteps},        {"phone", &FindPhones, &kPhoneSteps},
    {"us_ssn", &FindUsSsns, &kUsSsnSteps}, {"vin", &FindVins, &kVinSteps},
};

struct NamedFastPath {
  std::string_view name;  // as written after `fast_path:`
  FastPath fast_path;
};

constexpr NamedFastPath kFastPaths[] = {
    {"email", &FindEmailSpans},
    {"chat_id", &RuleOutChatIds},
    {"url_userinfo", &RuleOutUrlUserinfo},
};

}  // namespace

const Finder* LookupFinder(std::string_view name) {
  for (const auto& finder : kFinders) {
    if (finder.name == name) return &finder;
  }
  return nullptr;
}

const Finder* LookupFinder(FindFunction find) {
  for (const auto& finder : kFinders) {
    if (finder.find == find) return &finder;
  }
  return nullptr;
}

std::span<const Finder> AllFinders() { return kFinders; }

FastPath LookupFastPath(std::string_view name) {
  for (const auto& entry : kFastPaths) {
    if (entry.name == name) return entry.fast_path;
  }
  return nullptr;
}

}  // namespace logveil::confirm
