#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"

#include <ostream>
#include <string>

namespace scout::app {

// Options every subcommand accepts.
struct CommonOptions {
  std::string config_path;          // --config; empty = $SCOUT_CONFIG, ./scout.toml, built-in defaults
  std::string db_path;              // --db; overrides [database] path
  int verbosity = 0;                // -v adds, -q subtracts
  std::string log_format = "text";  // --log-format: text or json
};

// What a subcommand runs with: the effective settings and where to write. Per run, passed
// by reference; holds no results.
struct CommandContext {
  config::Settings settings;
  Logger& log;
  std::ostream& out;
};

// Loads the settings the options name and applies --db on top.
config::Settings resolve_settings(const CommonOptions& options, Logger& log);

}  // namespace scout::app
