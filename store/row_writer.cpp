#include "store/row_writer.hpp"

#include "common/error.hpp"
#include "store/database.hpp"

#include <sqlite3.h>

namespace scout::store {

RowWriter::RowWriter(Database& db, std::string_view sql) : m_db(db), m_sql(sql)
{
  // Through SQLite's C API, as SqlCursor reads: a bench writes tens of millions of values,
  // and SQLiteCpp's per-call checks and wrappers were measurable there.
  sqlite3* handle = m_db.sql().getHandle();
  if (sqlite3_prepare_v3(handle, m_sql.data(), static_cast<int>(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                         nullptr)
      != SQLITE_OK) {
    const std::string reason = sqlite3_errmsg(handle);
    sqlite3_finalize(m_statement);
    throw Error(sql_failure(m_db, m_sql, "cannot prepare: " + reason));
  }
  if (m_statement == nullptr) {
    throw Error(sql_failure(m_db, m_sql, "no statement to prepare"));
  }
}

RowWriter::~RowWriter() { sqlite3_finalize(m_statement); }

RowWriter& RowWriter::bind(int index, const SqlValue& value)
{
  if (bind_sql_value(m_statement, index, value) != SQLITE_OK) {
    fail("cannot bind parameter " + std::to_string(index));
  }
  return *this;
}

void RowWriter::write_row()
{
  const int rc = sqlite3_step(m_statement);
  // Reset right away, so a failed row leaves the statement ready for the next; the
  // connection keeps the failure's message through the reset.
  sqlite3_reset(m_statement);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    fail("cannot write row " + std::to_string(m_rows + 1));
  }
  ++m_rows;
}

void RowWriter::write_row(std::initializer_list<SqlValue> values)
{
  int index = 0;
  for (const SqlValue& value : values) {
    bind(++index, value);
  }
  write_row();
}

void RowWriter::fail(std::string_view what) const
{
  const std::string reason = sqlite3_errmsg(m_db.sql().getHandle());
  throw Error(sql_failure(m_db, m_sql, std::string(what) + ": " + reason));
}

}  // namespace scout::store
