#include "app/config/load_settings.hpp"

#include "app/config/schema_validation.hpp"
#include "app/config/settings_from_toml.hpp"
#include "common/error.hpp"

#include <toml++/toml.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace scout::config {

namespace {

namespace fs = std::filesystem;

std::string read_config_file(const std::string& path)
{
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    throw ConfigError(path + ": cannot read config file: " + std::strerror(EISDIR));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw ConfigError(path + ": cannot read config file: " + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    throw ConfigError(path + ": cannot read config file: " + std::strerror(errno));
  }
  return content.str();
}

toml::table parse_toml(const std::string& text, const std::string& path)
{
  try {
    return toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& e) {
    const toml::source_position& at = e.source().begin;
    throw ConfigError(path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column)
                      + ": TOML syntax error: " + std::string(e.description()));
  }
}

// Relative paths in the file mean "next to this file", so a cron job can run from any
// directory. Absolute paths are kept as written.
std::string resolve_against(const fs::path& folder, const std::string& path)
{
  const fs::path p(path);
  if (p.is_absolute()) {
    return path;
  }
  return (folder / p).lexically_normal().string();
}

}  // namespace

Settings default_settings()
{
  Settings settings;
  settings.source = "(built-in defaults)";
  return settings;
}

Settings load_settings(const std::string& path)
{
  // Stages: read -> parse TOML -> validate against the schema -> map to Settings -> resolve.
  const std::string text = read_config_file(path);
  const toml::table root = parse_toml(text, path);
  validate_settings_table(root, path);
  Settings settings = settings_from_toml(root, path);

  const fs::path folder = fs::absolute(fs::path(path)).parent_path();
  settings.database.path = resolve_against(folder, settings.database.path);
  settings.ranking.weights = resolve_against(folder, settings.ranking.weights);
  settings.identity.overrides = resolve_against(folder, settings.identity.overrides);
  // Empty means "beside the database", which is resolved when the folder is needed.
  if (!settings.nightly.export_dir.empty()) {
    settings.nightly.export_dir = resolve_against(folder, settings.nightly.export_dir);
  }
  if (!settings.nightly.backup_dir.empty()) {
    settings.nightly.backup_dir = resolve_against(folder, settings.nightly.backup_dir);
  }
  return settings;
}

}  // namespace scout::config
