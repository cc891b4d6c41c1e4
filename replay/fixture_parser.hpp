#pragma once

#include "replay/route.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace scout::replay {

// Parses one fixture file's text: an exchange object or an array of them (format in
// replay/README.md). `label` names the file in error messages and `base_dir` is where
// `body_file` paths are read from. Throws scout::ConfigError "<label>: <where>: <problem>".
std::vector<Route> parse_fixture_text(std::string_view text, const std::string& label,
                                      const std::filesystem::path& base_dir);

// Reads and parses one fixture file; throws scout::ConfigError naming the file.
std::vector<Route> parse_fixture_file(const std::filesystem::path& file);

}  // namespace scout::replay
