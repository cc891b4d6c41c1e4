#include "common/error.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <vector>

using scout::store::Database;
using scout::store::Migration;

namespace {

bool has_table(Database& db, const std::string& name)
{
  return !scout::store::query_rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", {name}).empty();
}

const std::vector<Migration> k_two_steps = {
  {1, "001_a.sql", "CREATE TABLE a (x INTEGER);"},
  {2, "002_b.sql", "CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (7);"},
};

}  // namespace

TEST_SUITE("store::migrations")
{
  TEST_CASE("built-in migrations are numbered 1..N without gaps")
  {
    const std::vector<Migration> migrations = scout::store::builtin_migrations();
    REQUIRE(migrations.size() >= 3);
    for (std::size_t i = 0; i < migrations.size(); ++i) {
      CHECK(migrations[i].version == static_cast<int>(i + 1));
      CHECK_FALSE(migrations[i].sql.empty());
    }
  }

  TEST_CASE("a database at an older user_version gets only the missing steps")
  {
    Database db = Database::open(":memory:");
    db.migrate(std::span(k_two_steps).first(1));
    CHECK(db.schema_version() == 1);
    CHECK_FALSE(has_table(db, "b"));

    const auto report = db.migrate(k_two_steps);
    CHECK(report.from_version == 1);
    CHECK(report.to_version == 2);
    CHECK(report.applied == std::vector<std::string>{"002_b.sql"});
    CHECK(has_table(db, "b"));
    CHECK(scout::store::query_int(db, "SELECT count(*) FROM a") == 1);
  }

  TEST_CASE("re-applying migrations to an up-to-date database changes nothing")
  {
    Database db = Database::open(":memory:");
    db.migrate(k_two_steps);
    const auto report = db.migrate(k_two_steps);
    CHECK(report.applied.empty());
    CHECK(scout::store::query_int(db, "SELECT count(*) FROM a") == 1);
  }

  TEST_CASE("a failing migration rolls back and names its file")
  {
    Database db = Database::open(":memory:");
    const std::vector<Migration> broken = {
      {1, "001_a.sql", "CREATE TABLE a (x INTEGER);"},
      {2, "002_broken.sql", "CREATE TABLE c (z INTEGER); CREATE TABLEX oops;"},
    };
    CHECK_THROWS_WITH_AS(db.migrate(broken), doctest::Contains("migration 002_broken.sql failed"), scout::Error);
    CHECK(db.schema_version() == 1);
    CHECK_FALSE(has_table(db, "c"));
  }

  TEST_CASE("a database newer than this build is refused")
  {
    Database db = Database::open(":memory:");
    scout::store::execute(db, "PRAGMA user_version = 99");
    CHECK_THROWS_WITH_AS(db.migrate(k_two_steps), doctest::Contains("newer than this build"), scout::Error);
  }
}
