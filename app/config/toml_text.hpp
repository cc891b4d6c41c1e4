#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scout::config {

// One value written as TOML source text, the way render_settings() writes it.

// A basic string: quotes, backslashes and control characters escaped; UTF-8 kept as is.
std::string toml_text(const std::string& value);
std::string toml_text(bool value);
std::string toml_text(std::int64_t value);
std::string toml_text(int value);
// An inline array of basic strings: ["a", "b"].
std::string toml_text(const std::vector<std::string>& values);

}  // namespace scout::config
