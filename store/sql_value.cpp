#include "store/sql_value.hpp"

#include "store/database.hpp"

#include <sqlite3.h>

namespace scout::store {

int bind_sql_value(sqlite3_stmt* statement, int index, const SqlValue& value)
{
  switch (value.kind()) {
  case SqlValue::Kind::null: return sqlite3_bind_null(statement, index);
  case SqlValue::Kind::integer: return sqlite3_bind_int64(statement, index, value.integer());
  case SqlValue::Kind::real: return sqlite3_bind_double(statement, index, value.real());
  case SqlValue::Kind::text:
    // SQLITE_TRANSIENT: SQLite copies the text, so the caller's string may go right after.
    return sqlite3_bind_text(statement, index, value.text().data(), static_cast<int>(value.text().size()),
                             SQLITE_TRANSIENT);
  }
  return SQLITE_MISUSE;
}

std::string sql_failure(const Database& db, std::string_view sql, std::string_view reason)
{
  // The statement's start, on one line, names what failed ("INSERT INTO accounts ..."); a
  // whole script or a long column list would bury SQLite's reason.
  constexpr std::size_t k_shown = 60;
  std::string shown;
  bool space = false;
  for (const char c : sql) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !shown.empty();
      continue;
    }
    if (shown.size() >= k_shown) {
      shown += "...";
      break;
    }
    if (space) {
      shown += ' ';
      space = false;
    }
    shown += c;
  }
  return db.path() + ": `" + shown + "`: " + std::string(reason);
}

}  // namespace scout::store
