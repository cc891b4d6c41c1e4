#include "common/error.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"

#include <doctest/doctest.h>

using scout::store::Database;
using scout::store::query_double;
using scout::store::query_int;
using scout::store::query_rows;
using scout::store::query_text;
using scout::store::SqlRows;

namespace {

Database filled_db()
{
  Database db = Database::open(":memory:");
  scout::store::execute(db,
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL);"
                        "INSERT INTO t VALUES (1, 'Łukasz', 0.75), (2, NULL, NULL), (3, 'ann', 2)");
  return db;
}

}  // namespace

TEST_SUITE("store::direct_sql")
{
  TEST_CASE("execute runs every statement of a script")
  {
    Database db = filled_db();
    scout::store::execute(db, "DELETE FROM t WHERE id = 3; UPDATE t SET name = 'x' WHERE id = 2;");
    CHECK(query_rows(db, "SELECT id, name FROM t ORDER BY id") == SqlRows{{"1", "Łukasz"}, {"2", "x"}});
  }

  TEST_CASE("scalar queries read the first column of the first row, with bound parameters")
  {
    Database db = filled_db();
    CHECK(query_int(db, "SELECT count(*) FROM t WHERE id >= ?", {2}) == 2);
    CHECK(query_text(db, "SELECT name FROM t WHERE id = ?", {1}) == "Łukasz");
    CHECK(query_text(db, "SELECT id FROM t WHERE name = ?", {"ann"}) == "3");
    CHECK(query_double(db, "SELECT score FROM t WHERE id = 1") == doctest::Approx(0.75));
    CHECK(query_int(db, "SELECT count(*) FROM t WHERE name IS ?", {nullptr}) == 1);
  }

  TEST_CASE("NULL reads as 0, 0.0 or the empty text")
  {
    Database db = filled_db();
    CHECK(query_int(db, "SELECT score FROM t WHERE id = 2") == 0);
    CHECK(query_double(db, "SELECT score FROM t WHERE id = 2") == 0.0);
    CHECK(query_text(db, "SELECT name FROM t WHERE id = 2") == "");
  }

  TEST_CASE("a scalar query without a row throws instead of reading a default")
  {
    Database db = filled_db();
    CHECK_THROWS_WITH_AS(query_int(db, "SELECT id FROM t WHERE id = 9"),
                         doctest::Contains("`SELECT id FROM t WHERE id = 9`: the query returned no row"), scout::Error);
    CHECK_THROWS_AS(query_text(db, "SELECT name FROM t WHERE id = ?", {9}), scout::Error);
  }

  TEST_CASE("query_rows returns every row as text, NULL as empty or as asked, and nothing for no row")
  {
    Database db = filled_db();
    CHECK(query_rows(db, "SELECT id, name, score FROM t ORDER BY id")
          == SqlRows{{"1", "Łukasz", "0.75"}, {"2", "", ""}, {"3", "ann", "2.0"}});
    CHECK(query_rows(db, "SELECT id FROM t WHERE id > ?", {5}).empty());
    CHECK(query_rows(db, "SELECT name, score FROM t WHERE id = 2", {}, "NULL") == SqlRows{{"NULL", "NULL"}});
    CHECK(query_rows(db, "SELECT '' FROM t WHERE id = 2", {}, "NULL") == SqlRows{{""}});
  }

  TEST_CASE("failures throw scout::Error naming the database and the statement")
  {
    Database db = filled_db();
    CHECK_THROWS_WITH_AS(scout::store::execute(db, "INSERT INTO t (id) VALUES (1)"),
                         doctest::Contains(":memory:: `INSERT INTO t (id) VALUES (1)`: UNIQUE constraint failed: t.id"),
                         scout::Error);
    CHECK_THROWS_WITH_AS(query_rows(db, "SELECT nope FROM t"),
                         doctest::Contains("`SELECT nope FROM t`: cannot prepare: no such column: nope"), scout::Error);
    // A long statement is named by its start, on one line.
    CHECK_THROWS_WITH_AS(scout::store::execute(db,
                                               "UPDATE t\n  SET name = 'a very long name indeed, longer than sixty "
                                               "characters'\n  WHERE id = 1 AND nope = 2"),
                         doctest::Contains("`UPDATE t SET name = 'a very long name indeed, longer than si...`: no "
                                           "such column: nope"),
                         scout::Error);
  }
}
