// The program: parses flags, builds the engine, runs the command, and maps
// errors to messages and exit codes (0 ok, 1 runtime error, 2 usage or
// configuration error). The only place that reads the environment, prints
// diagnostics or decides the exit code.
#pragma once

namespace logveil::app {

int Main(int argc, char** argv);

}  // namespace logveil::app
