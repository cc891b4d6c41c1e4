#pragma once

// The public API of scout_config in one include, for app/ code:
//   load_settings(path), default_settings()       load_settings.hpp
//   render_settings(settings[, getenv])           render_settings.hpp
//   resolve_tokens(names, getenv), EnvLookup      tokens.hpp
//   shipped_default_config()                      embedded_config.hpp

#include "app/config/embedded_config.hpp"
#include "app/config/load_settings.hpp"
#include "app/config/render_settings.hpp"
#include "app/config/settings.hpp"
#include "app/config/tokens.hpp"
