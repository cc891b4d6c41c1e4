#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/migrations.hpp"
#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>

using scout::testing::run_scout;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A database as a night of work leaves it: two crawl runs, a failed task, archived
// responses with GitHub's and Hugging Face's rate-limit headers (older and newer), and a
// nightly run. GitHub and Hugging Face share one replay host, as in the e2e tests.
void fill_history(const std::string& db_path)
{
  auto db = scout::store::Database::open(db_path);
  scout::store::execute(
    db,
    "INSERT INTO crawl_runs (started_at, finished_at, status, command, requests, not_modified, status_5xx,"
    "  transport_errors, tasks_done, tasks_failed, wait_json)"
    " VALUES ('2026-11-30T02:30:00Z', '2026-11-30T03:35:07Z', 'succeeded', 'crawl', 900, 10, 0, 0, 880, 0,"
    "         "
    "'{\"127.0.0.1:9001|HF_TOKEN#2|api\":0,\"127.0.0.1:9001|HF_TOKEN#1|api\":0,\"127.0.0.1:9001|GITHUB_TOKEN#2|core\":"
    "0}'),"
    "        ('2026-12-01T02:30:00Z', '2026-12-01T02:31:05Z', 'partial', 'nightly', 120, 100, 3, 1, 110, 1,"
    "         '{\"127.0.0.1:9001|GITHUB_TOKEN#1|core\":4.5}');"
    "INSERT INTO crawl_tasks (source, kind, url, state, attempts, last_error, created_at, updated_at)"
    " VALUES ('github', 'github.user', 'http://127.0.0.1:9001/users/gone', 'failed', 5,"
    "         'HTTP 502 after 5 attempts', 't', 't');"
    "INSERT INTO raw_responses (url, fetched_at, status, headers_json, encoding, body, body_bytes) VALUES"
    " ('http://127.0.0.1:9001/users/a', '2026-12-01T02:30:10.000Z', 200,"
    "  '[[\"x-ratelimit-limit\",\"5000\"],[\"x-ratelimit-remaining\",\"4990\"],[\"x-ratelimit-reset\",\"1796095800\"],"
    "    [\"x-ratelimit-resource\",\"core\"]]', 'identity', x'', 0),"
    " ('http://127.0.0.1:9001/users/b', '2026-12-01T02:31:00.000Z', 200,"
    "  '[[\"etag\",\"x\"],[\"X-RateLimit-Limit\",\"5000\"],[\"X-RateLimit-Remaining\",\"4711\"],"
    "    [\"X-RateLimit-Reset\",\"1796095800\"],[\"X-RateLimit-Resource\",\"core\"]]', 'identity', x'', 0),"
    " ('http://127.0.0.1:9001/api/models?author=x', '2026-12-01T02:31:01.000Z', 200,"
    "  '[[\"RateLimit\",\"\\\"api\\\";r=440;t=60\"],[\"RateLimit-Policy\",\"\\\"fixed "
    "window\\\";\\\"api\\\";q=500;w=300\"]]',"
    "  'identity', x'', 0),"
    " ('http://127.0.0.1:9001/users/c', '2026-12-01T02:31:02.000Z', 304, '[[\"etag\",\"y\"]]', 'identity', x'', 0);"
    "CREATE TABLE IF NOT EXISTS nightly_runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT "
    "NULL,"
    "  crawl_run_id INTEGER NOT NULL, ranking_run_id INTEGER NOT NULL, export_dir TEXT NOT NULL,"
    "  exit_code INTEGER NOT NULL, summary TEXT NOT NULL DEFAULT '');"
    "INSERT INTO nightly_runs (started_at, finished_at, crawl_run_id, ranking_run_id, export_dir, exit_code, summary)"
    " VALUES ('2026-12-01T02:30:00Z', '2026-12-01T02:32:00Z', 2, 7, 'exports/2026-12-01', 3, '2 new, 5 updated');");
}

std::string shared_host_config(const scout::testing::TempDir& dir)
{
  const std::string path = dir.file("scout.toml");
  std::ofstream(path) << "[sources.github]\napi_url = \"http://127.0.0.1:9001\"\n"
                         "[sources.huggingface]\napi_url = \"http://127.0.0.1:9001\"\n";
  return path;
}

}  // namespace

TEST_SUITE("app::status")
{
  TEST_CASE("status lists every table with its row count")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    const auto result = run_scout({"status", "--db", db});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("schema version " + std::to_string(scout::store::builtin_migrations().back().version))
          != std::string::npos);
    CHECK(result.out.find("crawl_tasks") != std::string::npos);
    CHECK(result.out.find("last crawl runs: none") != std::string::npos);
  }

  TEST_CASE("status --json is one JSON object")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    const auto result = run_scout({"status", "--db", db, "--json"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.front() == '{');
    CHECK(result.out.find("\"schema_version\":" + std::to_string(scout::store::builtin_migrations().back().version))
          != std::string::npos);
  }

  TEST_CASE("status on a missing database exits 1 and says to run init")
  {
    scout::testing::TempDir dir;
    const auto result = run_scout({"status", "--db", dir.file("none.db")});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("scout init") != std::string::npos);
  }

  TEST_CASE("status shows runs with durations, failed tasks, rate-limit budgets, size and nightly runs")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    fill_history(db);
    const auto result = run_scout({"status", "--db", db, "--config", shared_host_config(dir)});
    REQUIRE(result.exit_code == 0);
    CHECK(has(result.out,
              "#2 2026-12-01T02:30:00Z -> 2026-12-01T02:31:05Z (1m 5s, nightly) partial: 120 requests,"
              " 100 not modified, 3 5xx, 1 transport errors"));
    CHECK(has(result.out, "(1h 5m 7s, crawl) succeeded"));
    CHECK(has(result.out, "waits {\"127.0.0.1:9001|GITHUB_TOKEN#1|core\":4.5}"));
    CHECK(has(result.out,
              "#1 2026-12-01T02:30:00Z -> 2026-12-01T02:32:00Z (2m 0s) exit 3, crawl run #2,"
              " ranking run #7, exports in exports/2026-12-01\n    2 new, 5 updated"));
    CHECK(
      has(result.out, "#1 github.user http://127.0.0.1:9001/users/gone after 5 attempts: HTTP 502 after 5 attempts"));
    // The newest GitHub response wins over the older one; the 304 without headers is skipped.
    // The credential comes from the newest run that used the bucket: run #2 for GitHub's core,
    // run #1 (with two tokens) for Hugging Face's api.
    CHECK(has(result.out,
              "  github 127.0.0.1:9001 core (GITHUB_TOKEN#1): 4711 of 5000 left, refills 2026-12-01T03:30:01Z"
              " (seen 2026-12-01T02:31:00Z)"));
    CHECK_FALSE(has(result.out, "4990"));
    CHECK(has(result.out,
              "  huggingface 127.0.0.1:9001 api (one of HF_TOKEN#1, HF_TOKEN#2): 440 of 500 left,"
              " refills 2026-12-01T02:32:01Z"));
    CHECK(has(result.out, "size: "));
    CHECK(has(result.out, "integrity: not checked"));
  }

  TEST_CASE("status --json carries the same, with integrity when --check ran")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    fill_history(db);
    const auto result = run_scout({"status", "--db", db, "--config", shared_host_config(dir), "--json", "--check"});
    REQUIRE(result.exit_code == 0);
    CHECK(has(result.out, "\"command\":\"nightly\",\"duration_s\":65,"));
    CHECK(has(result.out, "\"wait_seconds\":{\"127.0.0.1:9001|GITHUB_TOKEN#1|core\":4.5}"));
    CHECK(has(result.out, "\"error\":\"HTTP 502 after 5 attempts\""));
    CHECK(has(result.out, "\"nightly_runs\":[{\"id\":1,"));
    CHECK(has(result.out, "\"exit_code\":3"));
    CHECK(has(result.out,
              "{\"source\":\"github\",\"host\":\"127.0.0.1:9001\",\"resource\":\"core\","
              "\"credential\":\"GITHUB_TOKEN#1\""));
    CHECK(has(result.out, "\"remaining\":4711,\"limit\":5000}"));
    CHECK(has(result.out, "\"integrity\":[\"ok\"]"));
    CHECK(has(result.out, "\"file_bytes\":"));
    CHECK(result.out.find('\n') == result.out.size() - 1);
  }

  TEST_CASE("status shows the ranking caches beside the database, and nothing of them when there are none")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    const auto before = run_scout({"status", "--db", db});
    REQUIRE(before.exit_code == 0);
    CHECK_FALSE(has(before.out, "ranking caches"));
    std::ofstream(db + ".features", std::ios::binary) << std::string(1234, 'f');
    std::ofstream(db + ".explained", std::ios::binary) << std::string(56, 'e');
    const auto text = run_scout({"status", "--db", db});
    REQUIRE(text.exit_code == 0);
    CHECK(has(text.out, "ranking caches: 1234 bytes of features + 56 of explained rows"));
    const auto json = run_scout({"status", "--db", db, "--json"});
    REQUIRE(json.exit_code == 0);
    CHECK(has(json.out, "\"features_bytes\":1234,\"explained_bytes\":56}"));
  }

  TEST_CASE("status counts the database's -wal file in its size")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    // A writer holding the file open keeps its -wal from being checkpointed away.
    auto writer = scout::store::Database::open(db);
    scout::store::execute(
      writer, "PRAGMA wal_autocheckpoint = 0; INSERT INTO crawl_runs (started_at) VALUES ('2026-12-01T00:00:00Z')");
    const auto result = run_scout({"status", "--db", db, "--json"});
    REQUIRE(result.exit_code == 0);
    CHECK_FALSE(has(result.out, "\"wal_bytes\":0,"));
  }
}
