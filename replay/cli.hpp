#pragma once

namespace scout::replay {

// The scout-replay command: parses flags, serves until SIGINT/SIGTERM. Returns the
// exit code: 0 after a signal, 2 for bad usage or fixtures, 1 when it cannot serve.
int run_cli(int argc, char** argv);

}  // namespace scout::replay
