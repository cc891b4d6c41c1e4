#include "common/error.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <unistd.h>
#include <vector>

namespace {

std::set<std::string> table_names(scout::store::Database& db)
{
  std::set<std::string> names;
  for (const std::vector<std::string>& row :
       scout::store::query_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
    names.insert(row[0]);
  }
  return names;
}

}  // namespace

TEST_SUITE("store::Database")
{
  TEST_CASE("migrate creates every table the issue lists")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("x.db"));
    db.migrate();
    const std::set<std::string> tables = table_names(db);
    for (const char* name :
         {"accounts",      "github_profiles",   "hf_profiles",          "people",     "person_accounts",
          "link_evidence", "github_repos",      "github_contributions", "hf_models",  "hf_model_tags",
          "arxiv_papers",  "arxiv_authorships", "suppressions",         "crawl_runs", "crawl_tasks",
          "raw_responses", "http_cache",        "ranking_runs",         "scores",     "score_components"}) {
      CHECK_MESSAGE(tables.count(name) == 1, name);
    }
  }

  TEST_CASE("open applies WAL and foreign keys")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("x.db"));
    CHECK(scout::store::query_text(db, "PRAGMA journal_mode") == "wal");
    CHECK(scout::store::query_int(db, "PRAGMA foreign_keys") == 1);
  }

  TEST_CASE("foreign keys are enforced")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("x.db"));
    db.migrate();
    CHECK_THROWS_WITH_AS(scout::store::execute(db, "INSERT INTO person_accounts (account_id, person_id) VALUES (1, 1)"),
                         doctest::Contains("FOREIGN KEY constraint failed"), scout::Error);
  }

  TEST_CASE("open refuses a missing folder instead of creating it")
  {
    scout::testing::TempDir dir;
    const std::string path = dir.file("a/b/c.db");
    const std::string expected = "folder " + dir.file("a/b") + " does not exist";
    CHECK_THROWS_WITH_AS(scout::store::Database::open(path), doctest::Contains(expected.c_str()), scout::ConfigError);
    CHECK_FALSE(std::filesystem::exists(dir.file("a")));
  }

  TEST_CASE("a second writer is refused, naming the holder's pid and start time")
  {
    scout::testing::TempDir dir;
    const std::string path = dir.file("x.db");
    auto first = scout::store::Database::open(path);
    first.migrate();
    try {
      auto second = scout::store::Database::open(path);
      FAIL("a second writer opened the database");
    } catch (const scout::Error& e) {
      const std::string message = e.what();
      CHECK(message.find("another scout is writing to this database") != std::string::npos);
      CHECK(message.find("pid " + std::to_string(getpid()) + ", started 20") != std::string::npos);
    }
    // Readers need no lock.
    auto reader = scout::store::Database::open_read_only(path);
    CHECK(reader.schema_version() == first.schema_version());
  }

  TEST_CASE("the writer lock is released with the database")
  {
    scout::testing::TempDir dir;
    const std::string path = dir.file("x.db");
    scout::store::Database::open(path).migrate();
    CHECK_NOTHROW(scout::store::Database::open(path));
  }

  TEST_CASE("migrating twice is harmless and keeps rows")
  {
    scout::testing::TempDir dir;
    {
      auto db = scout::store::Database::open(dir.file("x.db"));
      db.migrate();
      scout::store::execute(
        db, "INSERT INTO suppressions (source, handle_hash, created_at) VALUES ('github', 'abc123', 'now')");
    }
    auto db = scout::store::Database::open(dir.file("x.db"));
    CHECK(db.migrate().applied.empty());
    CHECK(scout::store::query_int(db, "SELECT count(*) FROM suppressions") == 1);
  }

  TEST_CASE("open_read_only on a missing file says how to create it")
  {
    scout::testing::TempDir dir;
    CHECK_THROWS_WITH_AS(scout::store::Database::open_read_only(dir.file("none.db")), doctest::Contains("scout init"),
                         scout::Error);
  }
}
