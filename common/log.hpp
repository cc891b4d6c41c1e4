#pragma once

#include <mutex>
#include <ostream>
#include <string_view>

namespace scout {

enum class LogLevel { debug = 0, info = 1, warn = 2, error = 3, quiet = 4 };

// Writes human-readable log lines ("scout: warn: ...") to one stream, stderr in the
// CLI. Thread-safe: lines from several threads never interleave.
class Logger {
public:
  explicit Logger(std::ostream& out, LogLevel level = LogLevel::info);

  void debug(std::string_view message) { write(LogLevel::debug, message); }
  void info(std::string_view message) { write(LogLevel::info, message); }
  void warn(std::string_view message) { write(LogLevel::warn, message); }
  void error(std::string_view message) { write(LogLevel::error, message); }

  bool enabled(LogLevel level) const { return level >= m_level; }
  void set_level(LogLevel level) { m_level = level; }
  LogLevel level() const { return m_level; }

  // Writes text as-is (for progress lines), under the same lock as log lines.
  void raw(std::string_view text);

private:
  void write(LogLevel level, std::string_view message);

  std::ostream& m_out;
  LogLevel m_level;
  std::mutex m_mutex;
};

}  // namespace scout
