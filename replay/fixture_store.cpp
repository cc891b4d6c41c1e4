#include "replay/fixture_store.hpp"

#include "common/error.hpp"
#include "replay/fixture_parser.hpp"
#include "replay/query.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace scout::replay {

namespace {

std::vector<std::filesystem::path> list_fixture_files(const std::string& dir)
{
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    throw ConfigError(dir + ": fixture folder does not exist or is not a directory");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  // Directory order is arbitrary; sort so duplicate-route errors are reproducible.
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

FixtureStore FixtureStore::load(const std::string& dir)
{
  FixtureStore store;
  for (const std::filesystem::path& file : list_fixture_files(dir)) {
    for (Route& route : parse_fixture_file(file)) {
      store.add(std::move(route));
    }
  }
  return store;
}

void FixtureStore::add(Route route)
{
  std::string key = route_key(route.method, route.path, route.query);
  const auto existing = m_routes.find(key);
  if (existing != m_routes.end()) {
    throw ConfigError(route.source + ": duplicate route " + key + " (already recorded in " + existing->second.source
                      + "); use \"responses\": [...] for a sequence of answers");
  }
  m_routes.emplace(std::move(key), std::move(route));
}

const Route* FixtureStore::find(std::string_view key) const
{
  const auto found = m_routes.find(std::string(key));
  return found == m_routes.end() ? nullptr : &found->second;
}

}  // namespace scout::replay
