#pragma once

#include "app/config/settings.hpp"

#include <string>

namespace scout::config {

// Reads the TOML file at `path`, validates it against the embedded scout.schema.json and
// returns the defaults overlaid with the file. Relative database.path and ranking.weights
// are resolved against the file's folder. Throws scout::ConfigError naming the file, line
// and key ("scout.toml:7: crawl.concurrency: expected integer, got string \"many\"");
// when several keys are wrong, the message has one line per key, in file order.
Settings load_settings(const std::string& path);

// The built-in defaults, equal to the shipped config/scout.toml (a test checks it).
// `source` is "(built-in defaults)"; paths are left relative.
Settings default_settings();

}  // namespace scout::config
