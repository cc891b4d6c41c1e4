#include "store/direct_sql.hpp"

#include "common/error.hpp"
#include "store/database.hpp"

#include <sqlite3.h>

namespace scout::store {

namespace {

// One query, prepared and bound; finalised when it goes out of scope.
class Query {
public:
  Query(Database& db, std::string_view sql, std::initializer_list<SqlValue> params) : m_db(db), m_sql(sql)
  {
    if (sqlite3_prepare_v2(handle(), sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
      fail("cannot prepare");
    }
    if (m_statement == nullptr) {
      throw Error(sql_failure(m_db, m_sql, "no statement to run"));
    }
    int index = 0;
    for (const SqlValue& value : params) {
      if (bind_sql_value(m_statement, ++index, value) != SQLITE_OK) {
        fail("cannot bind parameter " + std::to_string(index));
      }
    }
  }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query() { sqlite3_finalize(m_statement); }

  // True with a row to read, false at the end.
  bool step()
  {
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      fail("cannot run");
    }
    return rc == SQLITE_ROW;
  }

  // The first row, or scout::Error: a test that expects a value must not read a default.
  void first_row()
  {
    if (!step()) {
      throw Error(sql_failure(m_db, m_sql, "the query returned no row"));
    }
  }

  sqlite3_stmt* statement() { return m_statement; }

  std::string text(int column)
  {
    const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return value == nullptr ? std::string() : std::string(value, sqlite3_column_bytes(m_statement, column));
  }

private:
  sqlite3* handle() { return m_db.sql().getHandle(); }

  [[noreturn]] void fail(const std::string& what)
  {
    throw Error(sql_failure(m_db, m_sql, what + ": " + sqlite3_errmsg(handle())));
  }

  Database& m_db;
  std::string_view m_sql;
  sqlite3_stmt* m_statement = nullptr;
};

}  // namespace

void execute(Database& db, std::string_view script)
{
  // sqlite3_exec runs each statement of a script in turn (it needs the text NUL-terminated).
  const std::string text(script);
  char* message = nullptr;
  if (sqlite3_exec(db.sql().getHandle(), text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string reason = message != nullptr ? message : "unknown error";
    sqlite3_free(message);
    throw Error(sql_failure(db, script, reason));
  }
}

std::int64_t query_int(Database& db, std::string_view sql, std::initializer_list<SqlValue> params)
{
  Query query(db, sql, params);
  query.first_row();
  return sqlite3_column_int64(query.statement(), 0);
}

double query_double(Database& db, std::string_view sql, std::initializer_list<SqlValue> params)
{
  Query query(db, sql, params);
  query.first_row();
  return sqlite3_column_double(query.statement(), 0);
}

std::string query_text(Database& db, std::string_view sql, std::initializer_list<SqlValue> params)
{
  Query query(db, sql, params);
  query.first_row();
  return query.text(0);
}

SqlRows query_rows(Database& db, std::string_view sql, std::initializer_list<SqlValue> params,
                   std::string_view null_text)
{
  Query query(db, sql, params);
  SqlRows rows;
  while (query.step()) {
    const int columns = sqlite3_column_count(query.statement());
    std::vector<std::string>& row = rows.emplace_back();
    for (int column = 0; column < columns; ++column) {
      const bool null = sqlite3_column_type(query.statement(), column) == SQLITE_NULL;
      row.push_back(null ? std::string(null_text) : query.text(column));
    }
  }
  return rows;
}

}  // namespace scout::store
