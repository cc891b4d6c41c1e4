#include "common/error.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/row_writer.hpp"
#include "store/transaction.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::store::Database;
using scout::store::RowWriter;

namespace {

Database table_db()
{
  Database db = Database::open(":memory:");
  scout::store::execute(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT NOT NULL)");
  return db;
}

}  // namespace

TEST_SUITE("store::RowWriter")
{
  TEST_CASE("writes one row per call with each value's type, in a transaction")
  {
    Database db = table_db();
    {
      scout::store::Transaction transaction(db, "write test rows");
      RowWriter insert(db, "INSERT INTO t (id, n, r, s) VALUES (?, ?, ?, ?)");
      const std::string text = "two";
      insert.write_row({1, std::int64_t{1} << 40, 0.5, "one"});
      insert.write_row({2, nullptr, 2.25, text});
      insert.write_row({3, true, nullptr, std::string("thr") + "ee"});
      CHECK(insert.rows_written() == 3);
      transaction.commit();
    }
    CHECK(scout::store::query_rows(db, "SELECT id, quote(n), quote(r), s FROM t ORDER BY id")
          == scout::store::SqlRows{
            {"1", "1099511627776", "0.5", "one"}, {"2", "NULL", "2.25", "two"}, {"3", "1", "NULL", "three"}});
  }

  TEST_CASE("a bound value stays for the next rows until it is bound again")
  {
    Database db = table_db();
    RowWriter insert(db, "INSERT INTO t (id, n, s) VALUES (?, ?, ?)");
    insert.bind(2, 7).bind(3, "same");
    for (int id = 1; id <= 3; ++id) {
      insert.bind(1, id).write_row();
    }
    insert.bind(1, 4).bind(3, "other").write_row();
    CHECK(scout::store::query_text(db, "SELECT group_concat(id || ':' || n || ':' || s, ' ') FROM t")
          == "1:7:same 2:7:same 3:7:same 4:7:other");
  }

  TEST_CASE("a statement that does not compile names the statement and the database")
  {
    Database db = table_db();
    CHECK_THROWS_WITH_AS(RowWriter(db, "INSERT INTO missing (a) VALUES (?)"),
                         doctest::Contains(":memory:: `INSERT INTO missing (a) VALUES (?)`: cannot prepare: no such "
                                           "table: missing"),
                         scout::Error);
  }

  TEST_CASE("a refused row throws scout::Error naming the row, and the writer goes on after it")
  {
    Database db = table_db();
    RowWriter insert(db, "INSERT INTO t (id, s) VALUES (?, ?)");
    insert.write_row({1, "a"});
    CHECK_THROWS_WITH_AS(insert.write_row({1, "again"}),
                         doctest::Contains("`INSERT INTO t (id, s) VALUES (?, ?)`: cannot write row 2: UNIQUE "
                                           "constraint failed: t.id"),
                         scout::Error);
    CHECK_THROWS_WITH_AS(insert.write_row({2, nullptr}), doctest::Contains("NOT NULL constraint failed: t.s"),
                         scout::Error);
    insert.write_row({2, "b"});
    CHECK(insert.rows_written() == 2);
    CHECK(scout::store::query_int(db, "SELECT count(*) FROM t") == 2);
  }

  TEST_CASE("binding a parameter the statement does not have throws")
  {
    Database db = table_db();
    RowWriter insert(db, "INSERT INTO t (id, s) VALUES (?, ?)");
    CHECK_THROWS_WITH_AS(insert.write_row({1, "a", "extra"}), doctest::Contains("cannot bind parameter 3"),
                         scout::Error);
  }
}
