#pragma once

#include <ostream>

namespace scout::app {

// Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_failure = 1;
inline constexpr int k_exit_usage = 2;

// The whole program: parses the command line, runs one subcommand, and turns every
// scout::Error into "scout: error: ..." on `err` and an exit code. Data goes to `out`,
// logs and progress to `err`.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace scout::app
