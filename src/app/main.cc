#include "app/main.h"

#include <signal.h>

#include <cstdio>

#include "app/commands.h"

namespace logveil::app {
namespace {

int ExitCode(const Error& error) {
  switch (error.code) {
    case ErrorCode::kBrokenPipe:
      return 0;  // downstream closed (`logveil | head`): not an error
    case ErrorCode::kUsage:
    case ErrorCode::kConfig:
      return 2;
    case ErrorCode::kIo:
    case ErrorCode::kInternal:
      return 1;
  }
  return 1;
}

Status Dispatch(const cli::CliArgs& args) {
  switch (args.command) {
    case cli::Command::kScrub:
      return RunScrub(args);
    case cli::Command::kPatternsList:
      return RunPatternsList(args);
    case cli::Command::kPatternsCheck:
      return RunPatternsCheck(args);
    case cli::Command::kExplain:
      return RunExplain(args);
    case cli::Command::kReveal:
      return RunReveal(args);
    case cli::Command::kBatch:
      return RunBatch(args);
    case cli::Command::kScan:
      return RunScan(args);
  }
  return MakeError(ErrorCode::kInternal, "unknown command");
}

}  // namespace

int Main(int argc, char** argv) {
  // Writes to a closed pipe must fail with EPIPE, not kill the process.
  ::signal(SIGPIPE, SIG_IGN);
  auto parsed = cli::ParseFlags(argc, argv);
  if (!parsed.args) {
    std::fputs(parsed.message.c_str(), parsed.exit_code ? stderr : stdout);
    return parsed.exit_code;
  }
  auto status = Dispatch(*parsed.args);
  if (status.ok()) return 0;
  if (status.error().code != ErrorCode::kBrokenPipe) {
    std::fprintf(stderr, "logveil: %s\n", status.error().message.c_str());
  }
  return ExitCode(status.error());
}

}  // namespace logveil::app
