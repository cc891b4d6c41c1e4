#pragma once

// Internal to scout_config: includes toml++.

#include <toml++/toml.h>

#include <string>

namespace scout::config {

// Checks a parsed scout.toml against the embedded scout.schema.json. Throws
// scout::ConfigError with one "<path>:<line>: <key>: <reason>" line per wrong key, in
// file order (at most 20). Returns normally when the table is valid.
void validate_settings_table(const toml::table& root, const std::string& path);

}  // namespace scout::config
