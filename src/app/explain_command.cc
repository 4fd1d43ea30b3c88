// `logveil explain TEXT`: a debugging aid for patterns and policies.
#include <cstdio>

#include "app/commands.h"
#include "app/engine.h"
#include "detect/escape.h"
#include "detect/scanner.h"

namespace logveil::app {

Status RunExplain(const cli::CliArgs& args) {
  auto engine = BuildEngineFromArgs(args);
  if (!engine.ok()) return engine.error();
  const auto& detectors = engine.value().detectors;
  detect::Scanner scanner(detectors);
  std::vector<detect::Finding> findings;
  scanner.Scan(args.explain_text, findings);
  for (const auto& finding : findings) {
    const auto& detector = detectors.detector(finding.detector);
    std::string value(finding.range.In(args.explain_text));
    if (finding.encoding != detect::Encoding::kNone) {
      // What the escaped bytes mean, as the actions see it.
      value +=
          " (" + std::string(detect::EncodingName(finding.encoding)) + ": ";
      detect::AppendDecoded(finding.encoding,
                            finding.range.In(args.explain_text), value);
      value += ")";
    }
    std::printf("%-8s %-24s [%zu,%zu) %s\n", detector.label.c_str(),
                detector.id.c_str(), finding.range.begin, finding.range.end,
                value.c_str());
  }
  if (findings.empty()) std::printf("no findings\n");
  return Ok{};
}

}  // namespace logveil::app
