#pragma once

#include "common/clock.hpp"

#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace scout {

enum class LogLevel { debug = 0, info = 1, warn = 2, error = 3, quiet = 4 };

// text: "scout: warn: <message> key=value [run <id>]" for people; json: one object per line
// ({"time","level","run","message", fields...}) for journald, jq and log shippers.
enum class LogFormat { text, json };

// One structured detail of an event. Numbers are written unquoted in JSON.
struct LogField {
  std::string key;
  std::string value;
  bool is_number = false;
};

LogField log_field(std::string key, std::string value);
LogField log_field(std::string key, std::int64_t value);

// Writes one line per event to one stream, stderr in the CLI. Thread-safe: lines from
// several threads never interleave. Every registered secret is replaced by "[redacted]"
// in messages and field values before anything is written.
class Logger {
public:
  // Text format, no run ID, the system clock for JSON timestamps.
  explicit Logger(std::ostream& out, LogLevel level = LogLevel::info);

  void debug(std::string_view message, const std::vector<LogField>& fields = {})
  {
    write(LogLevel::debug, message, fields);
  }
  void info(std::string_view message, const std::vector<LogField>& fields = {})
  {
    write(LogLevel::info, message, fields);
  }
  void warn(std::string_view message, const std::vector<LogField>& fields = {})
  {
    write(LogLevel::warn, message, fields);
  }
  void error(std::string_view message, const std::vector<LogField>& fields = {})
  {
    write(LogLevel::error, message, fields);
  }

  bool enabled(LogLevel level) const { return level >= m_level; }
  void set_level(LogLevel level) { m_level = level; }
  LogLevel level() const { return m_level; }

  // Set once, before the command runs (not thread-safe against concurrent writes).
  void set_format(LogFormat format) { m_format = format; }
  LogFormat format() const { return m_format; }
  void set_run_id(std::string run_id) { m_run_id = std::move(run_id); }
  const std::string& run_id() const { return m_run_id; }
  // The clock JSON timestamps read; must outlive the logger.
  void set_clock(const Clock& clock) { m_clock = &clock; }
  // A value that must never reach a log line (an API token). Empty values are ignored.
  void add_secret(std::string secret);

  // Writes text as-is (terminal progress lines), under the same lock as log lines. Dropped
  // in JSON format, where every line must be one event.
  void raw(std::string_view text);

private:
  void write(LogLevel level, std::string_view message, const std::vector<LogField>& fields);
  std::string redact(std::string_view text) const;
  std::string text_line(LogLevel level, std::string_view message, const std::vector<LogField>& fields) const;
  std::string json_line(LogLevel level, std::string_view message, const std::vector<LogField>& fields) const;

  std::ostream& m_out;
  LogLevel m_level;
  LogFormat m_format = LogFormat::text;
  std::string m_run_id;
  SystemClock m_system_clock;
  const Clock* m_clock = &m_system_clock;
  std::vector<std::string> m_secrets;
  std::mutex m_mutex;
};

// Parses "text" or "json"; throws scout::UsageError naming the value otherwise.
LogFormat parse_log_format(std::string_view name);

// A run's ID: its start time and 32 random bits, "20261201T030405Z-1a2b3c4d". Sorts by
// start time; the random part tells apart runs started in the same second.
std::string make_run_id(std::chrono::system_clock::time_point started, std::uint32_t random);

}  // namespace scout
