#pragma once

// Internal to scout_config: includes toml++ and RapidJSON.

#include <rapidjson/document.h>
#include <toml++/toml.h>

#include <string>

namespace scout::config {

// Converts a parsed TOML table into a JSON document for schema validation. Members are
// added in source order, so the validator's first failure is the first one in the file.
// Throws scout::ConfigError (naming `path`, line and key) for dates and times, which
// scout.toml never uses and JSON cannot hold.
rapidjson::Document toml_to_json(const toml::table& root, const std::string& path);

}  // namespace scout::config
