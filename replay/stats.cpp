#include "replay/stats.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <type_traits>

namespace scout::replay {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

template<typename Key>
void write_counts(JsonWriter& writer, const char* name, const std::map<Key, std::int64_t>& counts)
{
  writer.Key(name);
  writer.StartObject();
  for (const auto& [key, count] : counts) {
    if constexpr (std::is_same_v<Key, int>) {
      writer.Key(std::to_string(key).c_str());
    } else {
      writer.Key(key.c_str());
    }
    writer.Int64(count);
  }
  writer.EndObject();
}

}  // namespace

std::string stats_to_json(const Stats& stats)
{
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartObject();
  writer.Key("requests");
  writer.Int64(stats.requests);
  write_counts(writer, "by_route", stats.by_route);
  write_counts(writer, "by_path", stats.by_path);
  write_counts(writer, "by_status", stats.by_status);
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

void StatsCounter::record(std::string_view route, std::string_view path, int status)
{
  std::lock_guard lock(m_mutex);
  ++m_stats.requests;
  ++m_stats.by_route[std::string(route)];
  ++m_stats.by_path[std::string(path)];
  ++m_stats.by_status[status];
}

Stats StatsCounter::snapshot() const
{
  std::lock_guard lock(m_mutex);
  return m_stats;
}

void StatsCounter::reset()
{
  std::lock_guard lock(m_mutex);
  m_stats = Stats{};
}

std::size_t SequenceTracker::next(const std::string& route)
{
  std::lock_guard lock(m_mutex);
  return m_positions[route]++;
}

void SequenceTracker::reset()
{
  std::lock_guard lock(m_mutex);
  m_positions.clear();
}

}  // namespace scout::replay
