#pragma once

#include "app/config/settings.hpp"
#include "app/config/tokens.hpp"

#include <string>

namespace scout::config {

// The effective configuration as a valid scout.toml (for `scout config show`): a header
// comment naming settings.source, then every key. Token variables are listed by name with
// a "# NAME: set" / "# NAME: not set" comment; their values are never read into the output.
// Loading the rendered text gives back the same Settings.
std::string render_settings(const Settings& settings, const EnvLookup& getenv);

// As above, checking the real process environment.
std::string render_settings(const Settings& settings);

}  // namespace scout::config
