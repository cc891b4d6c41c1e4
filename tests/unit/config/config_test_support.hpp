#pragma once

#include "app/config/settings.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace scout::config::test {

// A fresh folder under the system temp dir, removed with its contents on destruction.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }

  // Writes `text` to `name` inside the folder (creating subfolders); returns its path.
  std::string write(const std::string& name, const std::string& text) const;

  // Copies tests/fixtures/config/<fixture> into the folder as `name`; returns its path.
  std::string copy_fixture(const std::string& fixture, const std::string& name = "scout.toml") const;

private:
  std::filesystem::path m_path;
};

// The text of tests/fixtures/config/<name>.
std::string fixture_text(const std::string& name);

// Every key of `settings` as ("table.key", TOML text), in for_each_field order.
std::vector<std::pair<std::string, std::string>> flatten(const Settings& settings);

// The message of the scout::ConfigError that load_settings(path) throws, or
// "(no error)" when it loads.
std::string load_error(const std::string& path);

}  // namespace scout::config::test
