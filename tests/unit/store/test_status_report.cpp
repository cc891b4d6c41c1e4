#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/migrations.hpp"
#include "store/status_report.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

TEST_SUITE("store::StatusReport")
{
  TEST_CASE("status counts rows per table, tasks per state and lists failed tasks")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("x.db"));
    db.migrate();
    scout::store::execute(
      db,
      "INSERT INTO crawl_runs (started_at, status, requests) VALUES ('2026-11-23T00:00:00Z', 'succeeded', 12);"
      "INSERT INTO crawl_tasks (source, kind, url, state, created_at, updated_at)"
      " VALUES ('github', 'github.user', 'u1', 'done', 't', 't'),"
      "        ('github', 'github.user', 'u2', 'pending', 't', 't');"
      "INSERT INTO crawl_tasks (source, kind, url, state, attempts, last_error, created_at, updated_at)"
      " VALUES ('arxiv', 'arxiv.query_page', 'q', 'failed', 5, 'HTTP 503', 't', 't');");

    const auto report = scout::store::read_status(db);
    CHECK(report.schema_version == scout::store::builtin_migrations().back().version);
    bool saw_tasks = false;
    for (const auto& table : report.tables) {
      if (table.table == "crawl_tasks") {
        saw_tasks = true;
        CHECK(table.rows == 3);
      }
    }
    CHECK(saw_tasks);
    REQUIRE(report.task_states.size() == 3);
    REQUIRE(report.last_runs.size() == 1);
    CHECK(report.last_runs[0].requests == 12);
    REQUIRE(report.failed_tasks.size() == 1);
    CHECK(report.failed_tasks[0].last_error == "HTTP 503");
    CHECK(report.failed_tasks[0].attempts == 5);
  }
}
