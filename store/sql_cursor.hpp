#pragma once

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace scout::store {

// A prepared statement read row by row through SQLite's C API. SQLiteCpp's getColumn()
// hands out a Column that shares ownership of the statement, an atomic reference count
// taken and dropped per value: at the ranker's tens of millions of values that was 8% of
// a full rank. For bulk reads only; errors throw SQLite::Exception like SQLiteCpp's.
class SqlCursor {
public:
  SqlCursor(sqlite3* db, std::string_view sql) : m_db(db)
  {
    check(
      sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr));
  }
  SqlCursor(const SqlCursor&) = delete;
  SqlCursor& operator=(const SqlCursor&) = delete;
  ~SqlCursor() { sqlite3_finalize(m_stmt); }

  SqlCursor& bind(int index, std::int64_t value)
  {
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
  }
  SqlCursor& bind(int index, std::string_view value)
  {
    check(sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
  }
  // Back to the first row, keeping the bindings' slots for new values.
  void reset() { sqlite3_reset(m_stmt); }

  // True with a row to read, false at the end.
  bool step()
  {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
      return true;
    }
    if (rc != SQLITE_DONE) {
      check(rc);
    }
    return false;
  }

  bool is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
  std::int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
  // NULL reads as "". The view lives until the next step or reset.
  std::string_view text(int column) const
  {
    const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return value == nullptr ? std::string_view() : std::string_view(value, sqlite3_column_bytes(m_stmt, column));
  }
  // Into a reused string: no allocation once the string has grown.
  void text(int column, std::string& out) const { out.assign(text(column)); }

private:
  void check(int rc) const
  {
    if (rc != SQLITE_OK) {
      throw SQLite::Exception(m_db, rc);
    }
  }

  sqlite3* m_db;
  sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace scout::store
