#include "tests/unit/config/config_test_support.hpp"

#include "app/config/load_settings.hpp"
#include "app/config/settings_fields.hpp"
#include "app/config/toml_text.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string_view>

namespace scout::config::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
  std::string pattern = (fs::temp_directory_path() / "scout-config-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temp dir from " + pattern);
  }
  m_path = pattern;
}

TempDir::~TempDir()
{
  std::error_code ec;
  fs::remove_all(m_path, ec);
}

std::string TempDir::write(const std::string& name, const std::string& text) const
{
  const fs::path file = m_path / name;
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) {
    throw std::runtime_error("cannot write " + file.string());
  }
  return file.string();
}

std::string TempDir::copy_fixture(const std::string& fixture, const std::string& name) const
{
  return write(name, fixture_text(fixture));
}

std::string fixture_text(const std::string& name)
{
  return read_file(std::string(SCOUT_SOURCE_DIR) + "/tests/fixtures/config/" + name);
}

std::vector<std::pair<std::string, std::string>> flatten(const Settings& settings)
{
  std::vector<std::pair<std::string, std::string>> keys;
  auto add = [&keys](std::string_view table, std::string_view key, const auto& field) {
    keys.emplace_back(std::string(table) + "." + std::string(key), toml_text(field));
  };
  for_each_field(settings, add);
  return keys;
}

std::string load_error(const std::string& path)
{
  try {
    load_settings(path);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace scout::config::test
