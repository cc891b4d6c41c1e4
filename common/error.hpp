#pragma once

#include <stdexcept>
#include <string>

namespace scout {

// Why a run ended: decides the process exit code (usage/config errors exit 2,
// everything else 1).
enum class ErrorKind { usage, config, runtime };

// An error that ends the run. Only app::run() catches it. The message must carry
// enough context (file, line, key, URL, table) for a user to act on it.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string& message, ErrorKind kind = ErrorKind::runtime)
    : std::runtime_error(message), m_kind(kind)
  {
  }

  ErrorKind kind() const { return m_kind; }

private:
  ErrorKind m_kind;
};

// A user-supplied configuration (file or flag) is wrong: exit code 2.
class ConfigError : public Error {
public:
  explicit ConfigError(const std::string& message) : Error(message, ErrorKind::config) {}
};

// The command line is wrong: exit code 2.
class UsageError : public Error {
public:
  explicit UsageError(const std::string& message) : Error(message, ErrorKind::usage) {}
};

}  // namespace scout
