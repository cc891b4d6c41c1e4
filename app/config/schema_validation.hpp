#pragma once

// Internal to scout_config: includes toml++.

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace scout::config {

// Checks a parsed scout.toml against the embedded scout.schema.json. Throws
// scout::ConfigError with one "<path>:<line>: <key>: <reason>" line per wrong key, in
// file order (at most 20). Returns normally when the table is valid.
void validate_settings_table(const toml::table& root, const std::string& path);

// The same check against any embedded schema (`schema_name` names it in build defects),
// e.g. weights.toml against weights.schema.json.
void validate_table(const toml::table& root, const std::string& path, std::string_view schema_json,
                    std::string_view schema_name);

}  // namespace scout::config
