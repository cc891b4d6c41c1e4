#include "store/database.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

TEST_SUITE("store::StatementCache")
{
  TEST_CASE("the same SQL is compiled once and comes back reset, its bindings cleared")
  {
    auto db = scout::store::Database::open(":memory:");
    db.sql().exec("CREATE TABLE t (a INTEGER, b TEXT)");
    const char* insert = "INSERT INTO t (a, b) VALUES (?, ?)";
    const void* first = nullptr;  // the compiled statement's address
    {
      scout::store::CachedStatement statement = db.statement(insert);
      statement->bind(1, 1);
      statement->bind(2, "one");
      statement->exec();
      first = static_cast<const void*>(&*statement);
    }
    {
      scout::store::CachedStatement statement = db.statement(std::string(insert));
      CHECK(static_cast<const void*>(&*statement) == first);
      statement->bind(1, 2);  // parameter 2 left unbound: NULL, not "one"
      statement->exec();
    }
    CHECK(db.sql().execAndGet("SELECT count(*) FROM t WHERE b IS NULL").getInt() == 1);
  }

  TEST_CASE("a nested use of the same SQL gets its own statement and leaves the outer loop whole")
  {
    auto db = scout::store::Database::open(":memory:");
    db.sql().exec("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    const char* select = "SELECT a FROM t ORDER BY a";
    int outer_rows = 0;
    int inner_rows = 0;
    scout::store::CachedStatement outer = db.statement(select);
    while (outer->executeStep()) {
      ++outer_rows;
      scout::store::CachedStatement inner = db.statement(select);
      while (inner->executeStep()) {
        ++inner_rows;
      }
    }
    CHECK(outer_rows == 3);
    CHECK(inner_rows == 9);
  }

  TEST_CASE("a SELECT read only to its first row is reset once dropped (no read transaction left open)")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("a.db"));
    db.sql().exec("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2)");
    const auto busy_statements = [&] {
      int busy = 0;
      for (sqlite3_stmt* s = sqlite3_next_stmt(db.sql().getHandle(), nullptr); s != nullptr;
           s = sqlite3_next_stmt(db.sql().getHandle(), s)) {
        busy += sqlite3_stmt_busy(s);
      }
      return busy;
    };
    {
      scout::store::CachedStatement first = db.statement("SELECT a FROM t");
      REQUIRE(first->executeStep());
      CHECK(busy_statements() == 1);
    }
    CHECK(busy_statements() == 0);
  }
}
