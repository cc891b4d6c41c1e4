#pragma once

// Internal to scout_config: includes toml++.

#include "app/config/settings.hpp"

#include <toml++/toml.h>

#include <string>

namespace scout::config {

// Maps a scout.toml table that passed validate_settings_table() into Settings: the
// defaults, overlaid with each key present. A key given as one string where a list is
// expected (token_env = "GITHUB_TOKEN") becomes a one-element list. Integers are checked
// against the range of the field before narrowing. `source` is set to `path`; paths are
// not resolved here. Throws scout::ConfigError (path, line, key) on a type or range it
// cannot map, which the schema should already have caught.
Settings settings_from_toml(const toml::table& root, const std::string& path);

}  // namespace scout::config
