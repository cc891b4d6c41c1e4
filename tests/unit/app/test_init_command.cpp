#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using scout::testing::run_scout;

namespace {

int count_tables(const std::string& path)
{
  auto db = scout::store::Database::open_read_only(path);
  return static_cast<int>(scout::store::query_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
}

int user_version(const std::string& path)
{
  auto db = scout::store::Database::open_read_only(path);
  return static_cast<int>(scout::store::query_int(db, "PRAGMA user_version"));
}

}  // namespace

TEST_SUITE("app::init")
{
  TEST_CASE("init creates every table at the latest schema version")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    const auto result = run_scout({"init", "--db", db});
    CHECK(result.exit_code == 0);
    CHECK(user_version(db) == static_cast<int>(scout::store::builtin_migrations().size()));
    CHECK(count_tables(db) >= 20);
  }

  TEST_CASE("init twice is harmless")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    {
      auto sql = scout::store::Database::open(db);
      scout::store::execute(
        sql, "INSERT INTO suppressions (source, handle_hash, created_at) VALUES ('github', 'abc123', 'now')");
    }
    const auto again = run_scout({"init", "--db", db});
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("up to date") != std::string::npos);
    auto sql = scout::store::Database::open_read_only(db);
    CHECK(scout::store::query_int(sql, "SELECT count(*) FROM suppressions") == 1);
  }

  TEST_CASE("init migrates a database at an older user_version and keeps its rows")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("old.db");
    {
      auto sql = scout::store::Database::open(db);
      const auto migrations = scout::store::builtin_migrations();
      sql.migrate(std::span(migrations).first(1));
      scout::store::execute(sql,
                            "INSERT INTO accounts (source, handle, first_seen_at, updated_at)"
                            " VALUES ('github', 'Łukasz', 'now', 'now')");
    }
    REQUIRE(user_version(db) == 1);
    const auto result = run_scout({"init", "--db", db});
    CHECK(result.exit_code == 0);
    CHECK(result.err.find("schema version 1 -> ") != std::string::npos);
    CHECK(user_version(db) == static_cast<int>(scout::store::builtin_migrations().size()));
    auto sql = scout::store::Database::open_read_only(db);
    CHECK(scout::store::query_text(sql, "SELECT handle FROM accounts") == "Łukasz");
    CHECK(scout::store::query_int(sql, "SELECT count(*) FROM crawl_tasks") == 0);
  }

  TEST_CASE("init --write-config writes the shipped defaults and never overwrites")
  {
    scout::testing::TempDir dir;
    const std::string config = dir.file("mine.toml");
    REQUIRE(run_scout({"init", "--db", dir.file("x.db"), "--write-config", config}).exit_code == 0);
    CHECK(std::filesystem::file_size(config) > 100);
    std::ofstream(config) << "# edited\n";
    const auto again = run_scout({"init", "--db", dir.file("x.db"), "--write-config", config});
    CHECK(again.exit_code == 0);
    CHECK(std::filesystem::file_size(config) == 9);
  }

  TEST_CASE("init under a folder that does not exist exits 2 naming it, and creates nothing")
  {
    scout::testing::TempDir dir;
    std::ofstream(dir.file("file")) << "x";
    const auto under_file = run_scout({"init", "--db", dir.file("file/sub/x.db")});
    CHECK(under_file.exit_code == 2);
    CHECK(under_file.err.find(dir.file("file/sub/x.db")) != std::string::npos);
    const auto missing = run_scout({"init", "--db", dir.file("missing/dir/s.db")});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("folder " + dir.file("missing/dir") + " does not exist") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("missing")));
  }

  TEST_CASE("init on an unopenable file exits 1 naming it")
  {
    scout::testing::TempDir dir;
    std::filesystem::create_directory(dir.file("x.db"));  // a folder where the file should be
    const auto result = run_scout({"init", "--db", dir.file("x.db")});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(dir.file("x.db")) != std::string::npos);
  }
}
