#include "app/engine.h"

#include "config/action_keys.h"
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

// The action of `hash` JSON field rules, keyed as the hash action of the
// detectors is; none without a key (a hash field rule is then an error).
std::optional<transform::HashAction> JsonFieldHash(
    const config::ActionKeys& keys) {
  detect::Detector fields;
  fields.id = "json fields";
  fields.label = "REDACTED";
  transform::Action action = transform::HashAction{};
  if (!config::BindKeys(fields, keys, action).ok()) return std::nullopt;
  return std::get<transform::HashAction>(std::move(action));
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
  auto allow = detect::AllowList::Compile(policy.allow);
  if (!allow.ok()) return allow.error();
  detectors.value().set_allow_list(std::move(allow).value());
  auto actions = config::ResolveActions(policy, detectors.value().detectors(),
                                        options.keys);
  if (!actions.ok()) return actions.error();
  // Phone pseudonyms stay valid numbers for the regions the finder accepts,
  // and hash reads national numbers in them.
  for (auto& action : actions.value()) {
    if (auto* pseudonymize =
            std::get_if<transform::PseudonymizeAction>(&action)) {
      pseudonymize->phone_regions = options.find_options.phone_regions;
    } else if (auto* hash = std::get_if<transform::HashAction>(&action)) {
      hash->phone_regions = options.find_options.phone_regions;
    }
  }
  auto hash = JsonFieldHash(options.keys);
  auto json = json::JsonRules::Compile(policy.json, detectors.value(),
                                       hash ? &*hash : nullptr);
  if (!json.ok()) return json.error();
  return Engine{std::move(detectors).value(), std::move(actions).value(),
                std::move(json).value()};
}

}  // namespace logveil::app
