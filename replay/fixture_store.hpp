#pragma once

#include "replay/route.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace scout::replay {

// All recorded routes, looked up by route_key(method, path, query). Immutable once
// loaded, so it may be read from many threads.
class FixtureStore {
public:
  // Loads every `*.json` below `dir`, recursively, in path order. Throws
  // scout::ConfigError naming the folder or file and what is wrong with it.
  static FixtureStore load(const std::string& dir);

  // Adds a route; throws scout::ConfigError when its key is already recorded.
  void add(Route route);

  // The route recorded for this key, or nullptr.
  const Route* find(std::string_view key) const;

  std::size_t size() const { return m_routes.size(); }

private:
  std::unordered_map<std::string, Route> m_routes;
};

}  // namespace scout::replay
