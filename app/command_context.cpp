#include "app/command_context.hpp"

#include "app/config/config_loader.hpp"

#include <cstdlib>
#include <filesystem>

namespace scout::app {

namespace {

// --config, then $SCOUT_CONFIG, then ./scout.toml when present; empty = built-in defaults.
std::string pick_config_path(const CommonOptions& options)
{
  if (!options.config_path.empty()) {
    return options.config_path;
  }
  if (const char* from_env = std::getenv("SCOUT_CONFIG"); from_env != nullptr && *from_env != '\0') {
    return from_env;
  }
  if (std::filesystem::exists("scout.toml")) {
    return "scout.toml";
  }
  return "";
}

}  // namespace

config::Settings resolve_settings(const CommonOptions& options, Logger& log)
{
  const std::string path = pick_config_path(options);
  config::Settings settings = path.empty() ? config::default_settings() : config::load_settings(path);
  log.debug("configuration: " + settings.source);
  if (!options.db_path.empty()) {
    settings.database.path = options.db_path;
  }
  return settings;
}

}  // namespace scout::app
