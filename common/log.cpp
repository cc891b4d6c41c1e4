#include "common/log.hpp"

namespace scout {

namespace {

std::string_view level_name(LogLevel level)
{
  switch (level) {
  case LogLevel::debug: return "debug";
  case LogLevel::info: return "info";
  case LogLevel::warn: return "warn";
  case LogLevel::error: return "error";
  case LogLevel::quiet: break;
  }
  return "";
}

}  // namespace

Logger::Logger(std::ostream& out, LogLevel level) : m_out(out), m_level(level) {}

void Logger::write(LogLevel level, std::string_view message)
{
  if (!enabled(level)) {
    return;
  }
  std::lock_guard lock(m_mutex);
  m_out << "scout: " << level_name(level) << ": " << message << '\n';
  m_out.flush();
}

void Logger::raw(std::string_view text)
{
  std::lock_guard lock(m_mutex);
  m_out << text;
  m_out.flush();
}

}  // namespace scout
