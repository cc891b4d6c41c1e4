#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace scout::store {

class Database;

// A value for one `?` parameter of a statement: NULL, an integer, a real or text. Text is
// held as a view, not copied: build the value in the call that binds it (SQLite copies the
// text when it is bound).
class SqlValue {
public:
  enum class Kind { null, integer, real, text };

  SqlValue(std::nullptr_t) {}
  template<std::integral T>
  SqlValue(T value) : m_kind(Kind::integer), m_integer(static_cast<std::int64_t>(value))
  {
  }
  SqlValue(double value) : m_kind(Kind::real), m_real(value) {}
  SqlValue(std::string_view value) : m_kind(Kind::text), m_text(value) {}
  SqlValue(const char* value) : m_kind(Kind::text), m_text(value) {}
  SqlValue(const std::string& value) : m_kind(Kind::text), m_text(value) {}

  Kind kind() const { return m_kind; }
  std::int64_t integer() const { return m_integer; }
  double real() const { return m_real; }
  std::string_view text() const { return m_text; }

private:
  Kind m_kind = Kind::null;
  std::int64_t m_integer = 0;
  double m_real = 0.0;
  std::string_view m_text;
};

// Binds `value` to parameter `index` (1-based) of `statement`; returns SQLite's result code
// (SQLITE_OK, or SQLITE_RANGE for an index the statement does not have).
int bind_sql_value(sqlite3_stmt* statement, int index, const SqlValue& value);

// The message of a failed statement, for scout::Error: the database's path, the statement
// (its first line, shortened: it names the operation and the table) and SQLite's reason.
std::string sql_failure(const Database& db, std::string_view sql, std::string_view reason);

}  // namespace scout::store
