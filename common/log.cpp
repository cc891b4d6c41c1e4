#include "common/log.hpp"

#include "common/error.hpp"

#include <cstdio>
#include <ctime>

namespace scout {

namespace {

constexpr std::string_view k_redacted = "[redacted]";

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

void append_json_string(std::string& line, std::string_view text)
{
  line += '"';
  for (const char c : text) {
    switch (c) {
    case '"': line += "\\\""; break;
    case '\\': line += "\\\\"; break;
    case '\n': line += "\\n"; break;
    case '\r': line += "\\r"; break;
    case '\t': line += "\\t"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char code[8];
        std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
        line += code;
      } else {
        line += c;
      }
    }
  }
  line += '"';
}

// One event is one line: a message carrying a line break (a quoted response body) must not
// start what looks like a second event.
std::string one_line(std::string_view text)
{
  std::string line;
  line.reserve(text.size());
  for (const char c : text) {
    if (c == '\n') {
      line += "\\n";
    } else if (c != '\r') {
      line += c;
    }
  }
  return line;
}

// "2026-12-01T03:04:05.123Z": journald and log shippers order events within a second.
std::string timestamp_millis(std::chrono::system_clock::time_point t)
{
  const std::int64_t millis = to_unix_millis(t);
  const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[96];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis % 1000));
  return text;
}

}  // namespace

LogField log_field(std::string key, std::string value) { return LogField{std::move(key), std::move(value), false}; }

LogField log_field(std::string key, std::int64_t value)
{
  return LogField{std::move(key), std::to_string(value), true};
}

Logger::Logger(std::ostream& out, LogLevel level) : m_out(out), m_level(level) {}

void Logger::add_secret(std::string secret)
{
  if (!secret.empty()) {
    std::lock_guard lock(m_mutex);
    m_secrets.push_back(std::move(secret));
  }
}

std::string Logger::redact(std::string_view text) const
{
  std::string clean(text);
  for (const std::string& secret : m_secrets) {
    for (std::size_t at = clean.find(secret); at != std::string::npos;
         at = clean.find(secret, at + k_redacted.size())) {
      clean.replace(at, secret.size(), k_redacted);
    }
  }
  return clean;
}

std::string Logger::text_line(LogLevel level, std::string_view message, const std::vector<LogField>& fields) const
{
  std::string line = "scout: " + std::string(level_name(level)) + ": " + one_line(redact(message));
  for (const LogField& field : fields) {
    line += ' ' + field.key + '=' + one_line(redact(field.value));
  }
  if (!m_run_id.empty()) {
    line += " [run " + m_run_id + ']';
  }
  return line + '\n';
}

std::string Logger::json_line(LogLevel level, std::string_view message, const std::vector<LogField>& fields) const
{
  std::string line = "{\"time\":\"" + timestamp_millis(m_clock->now()) + "\",\"level\":\""
                     + std::string(level_name(level)) + "\",\"run\":";
  append_json_string(line, m_run_id);
  line += ",\"message\":";
  append_json_string(line, redact(message));
  for (const LogField& field : fields) {
    line += ',';
    append_json_string(line, field.key);
    line += ':';
    if (field.is_number) {
      line += field.value;
    } else {
      append_json_string(line, redact(field.value));
    }
  }
  return line + "}\n";
}

void Logger::write(LogLevel level, std::string_view message, const std::vector<LogField>& fields)
{
  if (!enabled(level)) {
    return;
  }
  std::lock_guard lock(m_mutex);
  m_out << (m_format == LogFormat::json ? json_line(level, message, fields) : text_line(level, message, fields));
  m_out.flush();
}

void Logger::raw(std::string_view text)
{
  if (m_format == LogFormat::json) {
    return;
  }
  std::lock_guard lock(m_mutex);
  m_out << text;
  m_out.flush();
}

LogFormat parse_log_format(std::string_view name)
{
  if (name == "text") {
    return LogFormat::text;
  }
  if (name == "json") {
    return LogFormat::json;
  }
  throw UsageError("--log-format: '" + std::string(name) + "' is not a log format (use text or json)");
}

std::string make_run_id(std::chrono::system_clock::time_point started, std::uint32_t random)
{
  const std::time_t seconds = std::chrono::system_clock::to_time_t(started);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char id[96];
  std::snprintf(id, sizeof id, "%04d%02d%02dT%02d%02d%02dZ-%08x", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                utc.tm_hour, utc.tm_min, utc.tm_sec, random);
  return id;
}

}  // namespace scout
