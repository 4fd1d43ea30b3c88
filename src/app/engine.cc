#include "app/engine.h"

#include "validate/phone_number.h"

namespace logveil::app {
namespace {

Status CheckPhoneRegions(const std::vector<std::string>& regions) {
  for (const auto& region : regions) {
    if (!validate::IsKnownPhoneRegion(region)) {
      return MakeError(ErrorCode::kUsage,
                       "--phone-region: unknown region '" + region + "'");
    }
  }
  return Ok{};
}

}  // namespace

Result<Engine> BuildEngine(const catalog::Catalog& catalog,
                           const EngineOptions& options) {
  auto regions = CheckPhoneRegions(options.find_options.phone_regions);
  if (!regions.ok()) return regions.error();
  config::Policy policy = options.policy;
  if (!options.default_action.empty()) {
    auto action = config::ParseActionName(options.default_action);
    if (!action.ok()) return action.error();
    // --action replaces the policy's default; its per-type entries win.
    std::erase_if(policy.actions, [](const config::ActionRule& rule) {
      return rule.selector == "default";
    });
    policy.actions.push_back({"default", std::move(action).value()});
  }
  auto specs = config::SelectSpecs(policy, catalog.specs());
  auto detectors = detect::DetectorSet::Compile(specs, options.find_options);
  if (!detectors.ok()) return detectors.error();
  auto actions = config::ResolveActions(policy, detectors.value().detectors(),
                                        options.hash_key);
  if (!actions.ok()) return actions.error();
  return Engine{std::move(detectors).value(), std::move(actions).value()};
}

}  // namespace logveil::app
