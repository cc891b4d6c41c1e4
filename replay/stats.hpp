#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace scout::replay {

// What the server has answered since start or the last reset. Control requests
// (/__replay/...) are never counted; requests refused by the rate limit are.
struct Stats {
  std::int64_t requests = 0;
  std::map<std::string, std::int64_t> by_route;  // "GET /path?normalised-query"
  std::map<std::string, std::int64_t> by_path;   // "GET /path", any query
  std::map<int, std::int64_t> by_status;
};

// {"requests":N,"by_route":{...},"by_path":{...},"by_status":{"200":n}}
std::string stats_to_json(const Stats& stats);

// Thread-safe request counters.
class StatsCounter {
public:
  void record(std::string_view route, std::string_view path, int status);
  Stats snapshot() const;
  void reset();

private:
  mutable std::mutex m_mutex;
  Stats m_stats;
};

// Per-route position in a recorded response sequence. Thread-safe.
class SequenceTracker {
public:
  // Returns how many times `route` was served before, and counts this time.
  std::size_t next(const std::string& route);
  void reset();

private:
  std::mutex m_mutex;
  std::map<std::string, std::size_t, std::less<>> m_positions;
};

}  // namespace scout::replay
