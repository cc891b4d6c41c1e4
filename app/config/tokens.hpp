#pragma once

#include <functional>
#include <string>
#include <vector>

namespace scout::config {

// Looks up one environment variable; returns nullptr when it is not set.
using EnvLookup = std::function<const char*(const char*)>;

// The real process environment. The only place scout's configuration reads it, so tests
// pass a fake lookup instead.
EnvLookup process_environment();

// The values of the variables named in `token_env` that are set and non-empty, in the
// order named. Tokens are secrets: callers hand them to the HTTP layer and never store,
// print or log them.
std::vector<std::string> resolve_tokens(const std::vector<std::string>& token_env, const EnvLookup& getenv);

// True when the variable `name` is set to a non-empty value (for `config show`).
bool is_token_set(const std::string& name, const EnvLookup& getenv);

}  // namespace scout::config
