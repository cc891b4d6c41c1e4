#pragma once

#include "store/sql_value.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace scout::store {

// One INSERT (or UPDATE, DELETE) prepared once and run once per row, for writing many rows
// of the same shape: the benches' synthetic databases and tests' hand-made rows. Group the
// rows in a store::Transaction: outside one, every row is its own transaction and a fsync.
// Failures throw scout::Error naming the database and the statement. Not thread-safe; must
// not outlive `db`.
class RowWriter {
public:
  // Prepares `sql` (one statement with `?` parameters). Throws scout::Error when it does
  // not compile (a misspelt table or column).
  RowWriter(Database& db, std::string_view sql);
  ~RowWriter();
  RowWriter(const RowWriter&) = delete;
  RowWriter& operator=(const RowWriter&) = delete;

  // Binds parameter `index` (1-based) of the next row. A value stays bound until it is
  // bound again, so columns that never change can be bound once.
  RowWriter& bind(int index, const SqlValue& value);

  // Writes one row with the values bound so far.
  void write_row();

  // Binds `values` to parameters 1, 2, ... and writes the row.
  void write_row(std::initializer_list<SqlValue> values);

  // Rows written so far (an INSERT OR IGNORE that ignored its row counts too).
  std::int64_t rows_written() const { return m_rows; }

private:
  [[noreturn]] void fail(std::string_view what) const;

  Database& m_db;
  std::string m_sql;
  sqlite3_stmt* m_statement = nullptr;
  std::int64_t m_rows = 0;
};

}  // namespace scout::store
