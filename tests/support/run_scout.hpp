#pragma once

#include "app/run.hpp"

#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace scout::testing {

// The outcome of one in-process `scout ...` invocation.
struct ScoutResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs scout::app::run with these arguments (without the program name).
inline ScoutResult run_scout(std::initializer_list<std::string> args)
{
  std::vector<std::string> storage{"scout"};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<const char*> argv;
  for (const std::string& arg : storage) {
    argv.push_back(arg.c_str());
  }
  std::ostringstream out;
  std::ostringstream err;
  ScoutResult result;
  result.exit_code = scout::app::run(static_cast<int>(argv.size()), argv.data(), out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

}  // namespace scout::testing
