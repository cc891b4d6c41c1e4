// The crawl engine's behaviours, end to end: the real engine, the real SQLite backend and
// real HTTP against a replay server on 127.0.0.1.
#include "app/config/config_loader.hpp"
#include "app/crawl/crawl_runner.hpp"
#include "app/crawl/reparse.hpp"
#include "app/crawl/source_parsers.hpp"
#include "common/error.hpp"
#include "replay/replay_server.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/suppressions.hpp"
#include "support/fake_clock.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>

namespace {

using scout::replay::Fault;
using scout::replay::FaultKind;

const std::string k_fixtures = std::string(SCOUT_FIXTURES_DIR) + "/crawl_engine";

scout::replay::ReplayOptions replay_options(const std::string& fixture_dir)
{
  scout::replay::ReplayOptions options;
  options.fixture_dir = fixture_dir;
  return options;
}

Fault fault_of(FaultKind kind, std::optional<int> count = std::nullopt)
{
  Fault fault;
  fault.kind = kind;
  fault.count = count;
  return fault;
}

Fault status_fault(int status, int count)
{
  Fault fault = fault_of(FaultKind::status, count);
  fault.status = status;
  return fault;
}

// Today's parser for a source, except that it throws on pages whose URL contains `needle`.
class ThrowingParser : public scout::crawler::TaskParser {
public:
  ThrowingParser(const scout::crawler::TaskParser& inner, std::string needle)
    : m_inner(inner), m_needle(std::move(needle))
  {
  }

  scout::crawler::ParseOutput parse(const scout::model::Task& task,
                                    const scout::crawler::FetchedPage& page) const override
  {
    if (page.url.find(m_needle) != std::string::npos) {
      throw std::runtime_error("parser bug on purpose");
    }
    return m_inner.parse(task, page);
  }

private:
  const scout::crawler::TaskParser& m_inner;
  std::string m_needle;
};

struct CrawlFixture {
  scout::testing::TempDir dir;
  std::ostringstream log_text;
  scout::Logger log{log_text, scout::LogLevel::warn};
  scout::replay::ReplayServer github{replay_options(k_fixtures + "/github")};
  scout::config::Settings settings = scout::config::default_settings();

  CrawlFixture()
  {
    github.start();
    settings.database.path = dir.file("crawl.db");
    settings.github.api_url = github.base_url();
    settings.github.token_env = {"SCOUT_TEST_TOKEN_UNSET"};
    settings.github.seed_repos = {};
    settings.huggingface.enabled = false;
    settings.arxiv.enabled = false;
    settings.crawl.backoff_base_ms = 20;
    settings.crawl.backoff_max_ms = 100;
    settings.crawl.freshness_hours = 0;
  }

  // A crawl whose waits (backoff, rate limits) move `clock` instead of the wall clock, so no
  // test here sleeps. Each run starts a second after the last, as on the wall clock (a
  // re-crawl at the very instant of the last would find every detail fresh).
  scout::app::CrawlSummary crawl()
  {
    clock.advance(std::chrono::seconds(1));
    return crawl_on(clock);
  }

  // The same on a clock of the test's own. Test clocks start at the real time, because the
  // server computes rate-limit reset times from it.
  scout::app::CrawlSummary crawl_on(scout::testing::FakeClock& on)
  {
    auto db = scout::store::Database::open(settings.database.path);
    return scout::app::run_crawl(db, settings, {}, log, on, on);
  }

  scout::testing::FakeClock clock{scout::testing::FakeClock::real_now_millis()};

  std::int64_t count(const std::string& sql)
  {
    auto db = scout::store::Database::open_read_only(settings.database.path);
    return scout::store::query_int(db, sql);
  }
};

}  // namespace

TEST_SUITE("app::crawl engine")
{
  // The seed repository is planned twice: the repository itself and its contributors
  // (three pages), whose three users make seven tasks in all.
  TEST_CASE("Link rel=next pages are followed as tasks until the last page")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    const auto summary = f.crawl();
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(summary.counters.tasks_done == 7);
    CHECK(f.github.stats().requests == 7);
    CHECK(f.count("SELECT count(*) FROM crawl_tasks WHERE state = 'done'") == 7);
    CHECK(f.count("SELECT count(*) FROM crawl_tasks WHERE url LIKE '%&page=3%'") == 1);
    CHECK(f.count("SELECT count(*) FROM raw_responses") == 7);
    CHECK(f.count("SELECT count(*) FROM http_cache WHERE etag IS NOT NULL") == 7);
    CHECK(f.count("SELECT count(*) FROM github_contributions WHERE repo_full_name = 'acme/llm'") == 3);
  }

  TEST_CASE("a run's crawl_runs row holds the status as text and each counter in its own column")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    f.github.add_fault(status_fault(503, 1));
    const auto summary = f.crawl();
    const std::string row = "FROM crawl_runs WHERE id = " + std::to_string(summary.run_id);
    auto db = scout::store::Database::open_read_only(f.settings.database.path);
    CHECK(scout::store::query_text(db, "SELECT status " + row) == "succeeded");
    CHECK(scout::store::query_text(db, "SELECT message " + row) == "ended: drained");
    CHECK(f.count("SELECT requests " + row) == summary.counters.requests);
    CHECK(f.count("SELECT status_2xx " + row) == 7);
    CHECK(f.count("SELECT status_5xx " + row) == 1);
    CHECK(f.count("SELECT retries " + row) == 1);
    CHECK(f.count("SELECT tasks_done " + row) == 7);
    CHECK(f.count("SELECT tasks_failed " + row) == 0);
    CHECK(f.count("SELECT bytes " + row) == summary.counters.bytes);
  }

  TEST_CASE("a second crawl of unchanged data is answered 304 and re-uses the archive")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    REQUIRE(f.crawl().counters.tasks_done == 7);
    const auto again = f.crawl();
    CHECK(again.counters.requests == 7);
    CHECK(again.counters.not_modified == 7);
    CHECK(again.counters.tasks_done == 7);  // paging re-derived from the archived bodies
    CHECK(f.count("SELECT count(*) FROM raw_responses") == 7);
  }

  // Real HTTP semantics (headers as curl hands them over), waits on a fake clock: the
  // engine's own timing is tested exactly in tests/unit/crawler/test_crawl_engine.cpp.
  TEST_CASE("a 429 with Retry-After: 2 is waited out once and then succeeds")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    Fault fault = status_fault(429, 1);
    fault.retry_after_s = 2;
    f.github.add_fault(fault);
    scout::testing::FakeClock clock(scout::testing::FakeClock::real_now_millis());
    const auto summary = f.crawl_on(clock);
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(f.github.stats().requests == 2);
    CHECK(summary.counters.retries == 0);
    CHECK(clock.slept() == std::chrono::seconds(2));
  }

  TEST_CASE("a 403 with X-RateLimit-Remaining: 0 pauses the bucket until the reset time")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    Fault fault = status_fault(403, 1);
    fault.ratelimit_reset_in_s = 2;
    f.github.add_fault(fault);
    scout::testing::FakeClock clock(scout::testing::FakeClock::real_now_millis());
    const auto summary = f.crawl_on(clock);
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(f.github.stats().requests == 2);
    // The reset is whole epoch seconds, two ahead of the server's clock; the engine waits
    // until a second after it, so (2 s, 3 s] from the start (plus the request's own time).
    CHECK(clock.slept() > std::chrono::seconds(2));
    CHECK(clock.slept() < std::chrono::seconds(4));
    CHECK(summary.counters.wait_seconds.size() >= 1);
  }

  TEST_CASE("a 5xx twice then 200 retries and succeeds")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    f.github.add_fault(status_fault(503, 2));
    const auto summary = f.crawl();
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(summary.counters.retries == 2);
    CHECK(summary.counters.status_5xx == 2);
    CHECK(f.github.stats().requests == 3);
    CHECK(f.clock.slept() > std::chrono::milliseconds(0));  // the backoffs, on the fake clock
  }

  TEST_CASE("a malformed body fails its task with a clear error and stores nothing of it")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    f.settings.crawl.max_attempts = 2;
    f.github.add_fault(fault_of(FaultKind::malform));
    const auto summary = f.crawl();
    CHECK(summary.counters.tasks_failed == 1);
    CHECK(f.count("SELECT count(*) FROM raw_responses") == 0);
    CHECK(f.count("SELECT count(*) FROM http_cache") == 0);
    auto db = scout::store::Database::open_read_only(f.settings.database.path);
    const std::string error = scout::store::query_text(db, "SELECT last_error FROM crawl_tasks");
    CHECK(error.find("malformed JSON") != std::string::npos);
    CHECK(error.find("/users/ana") != std::string::npos);
  }

  TEST_CASE("a truncated body is retried and then fails naming the truncation")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    f.settings.crawl.max_attempts = 2;
    f.github.add_fault(fault_of(FaultKind::truncate));
    const auto summary = f.crawl();
    CHECK(summary.counters.tasks_failed == 1);
    CHECK(summary.counters.transport_errors == 2);
    CHECK(f.count("SELECT count(*) FROM raw_responses") == 0);
  }

  TEST_CASE("a same-host redirect is followed")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"moved"};
    const auto summary = f.crawl();
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(f.github.stats().requests == 2);
  }

  TEST_CASE("a redirect to another host is not followed, so the token never leaves its host")
  {
    CrawlFixture f;
    scout::replay::ReplayServer elsewhere{replay_options(k_fixtures + "/elsewhere")};
    elsewhere.start();
    scout::testing::TempDir fixtures;
    std::ofstream(fixtures.file("offsite.json"))
      << R"({"request": {"path": "/users/offsite"}, "response": {"status": 302, "headers": {"Location": ")"
      << elsewhere.base_url() << R"(/users/ana"}, "body": ""}})";
    scout::replay::ReplayServer github{replay_options(fixtures.path().string())};
    github.start();
    f.settings.github.api_url = github.base_url();
    f.settings.github.seed_users = {"offsite"};
    setenv("SCOUT_TEST_TOKEN", "ghp_secret_for_test", 1);
    f.settings.github.token_env = {"SCOUT_TEST_TOKEN"};
    const auto summary = f.crawl();
    unsetenv("SCOUT_TEST_TOKEN");
    CHECK(summary.counters.tasks_failed == 1);
    CHECK(elsewhere.stats().requests == 0);
    auto db = scout::store::Database::open_read_only(f.settings.database.path);
    CHECK(scout::store::query_text(db, "SELECT last_error FROM crawl_tasks").find("another host") != std::string::npos);
  }

  TEST_CASE("two tokens of one GitHub account share that account's rate-limit bucket")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    setenv("SCOUT_TEST_TOKEN_A", "token-a", 1);
    setenv("SCOUT_TEST_TOKEN_B", "token-b", 1);
    f.settings.github.token_env = {"SCOUT_TEST_TOKEN_A", "SCOUT_TEST_TOKEN_B"};
    const auto summary = f.crawl();
    unsetenv("SCOUT_TEST_TOKEN_A");
    unsetenv("SCOUT_TEST_TOKEN_B");
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(f.github.stats().by_path.at("GET /user") == 2);
    bool shared = false;
    for (const auto& [bucket, seconds] : summary.counters.wait_seconds) {
      shared = shared || bucket.find("account:octo") != std::string::npos;
      CHECK(bucket.find("token-") == std::string::npos);  // never a token value in a bucket name
    }
    CHECK(shared);
  }

  TEST_CASE("--reparse replays the archive through the parsers without a request")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    REQUIRE(f.crawl().counters.tasks_done == 7);
    const auto requests = f.github.stats().requests;
    {
      auto db = scout::store::Database::open(f.settings.database.path);
      scout::store::execute(db,
                            "DELETE FROM crawl_tasks WHERE url LIKE '%&page=%'");  // as if a parser change found them
    }
    const auto summary = scout::app::reparse_archive(f.settings, f.log);
    CHECK(summary.tasks == 5);  // repository, first page, three users
    CHECK(summary.failed == 0);
    CHECK(f.github.stats().requests == requests);
    CHECK(f.count("SELECT count(*) FROM crawl_tasks WHERE url LIKE '%&page=2%'") == 1);
  }

  TEST_CASE("--reparse: a parser that throws on one archived page fails only that page")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    REQUIRE(f.crawl().counters.tasks_done == 7);
    {
      auto db = scout::store::Database::open(f.settings.database.path);
      scout::store::execute(db, "DELETE FROM crawl_tasks WHERE url LIKE '%&page=%'");
    }
    const scout::app::SourceParsers parsers(f.settings);
    const ThrowingParser throwing(parsers.for_source(scout::model::Source::github), "/users/ana");
    auto db = scout::store::Database::open(f.settings.database.path);
    const auto summary = scout::app::reparse_archive(
      db, [&](scout::model::Source) -> const scout::crawler::TaskParser& { return throwing; }, f.log, 0);
    CHECK(summary.tasks == 5);
    CHECK(summary.failed == 1);
    CHECK(f.log_text.str().find("/users/ana: parser failed: parser bug on purpose") != std::string::npos);
    // The rest of the batch was stored: the first contributors page queued the second again.
    CHECK(f.count("SELECT count(*) FROM crawl_tasks WHERE url LIKE '%&page=2%'") == 1);
  }

  TEST_CASE("a table the database refuses to write fails the crawl with an error naming it")
  {
    CrawlFixture f;
    f.settings.github.seed_users = {"ana"};
    {
      auto db = scout::store::Database::open(f.settings.database.path);
      db.migrate();
      scout::store::execute(
        db, "CREATE TRIGGER refuse BEFORE INSERT ON github_profiles BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
    }
    try {
      f.crawl();
      FAIL("the crawl could not store its records, so it must throw");
    } catch (const scout::Error& e) {
      const std::string message = e.what();
      CHECK(message.find(f.settings.database.path) != std::string::npos);
      CHECK(message.find("github_profiles: disk says no") != std::string::npos);
    }
  }

  TEST_CASE("a suppressed account is neither fetched nor stored")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    {
      auto db = scout::store::Database::open(f.settings.database.path);
      db.migrate();
      scout::store::suppress(db, "github", "ana", "asked to be removed", 0);
    }
    const auto summary = f.crawl();
    CHECK(summary.status == scout::model::RunStatus::succeeded);
    CHECK(f.github.stats().by_path.count("GET /users/ana") == 0);
    CHECK(f.count("SELECT count(*) FROM accounts WHERE source = 'github' AND handle = 'ana'") == 0);
    CHECK(f.count("SELECT count(*) FROM github_contributions") == 2);
  }

  // Also the regression test for a run that hung when its budget ran out with tasks queued.
  TEST_CASE("--max-requests stops the run cleanly with the frontier intact")
  {
    CrawlFixture f;
    f.settings.github.seed_repos = {"acme/llm"};
    f.settings.crawl.freshness_hours = 20;  // the page done in the first run stays done
    scout::app::CrawlRequest request;
    request.max_requests = 1;
    const auto first = scout::app::run_crawl(f.settings, request, f.log);
    CHECK(first.end_reason == scout::model::EndReason::budget);
    CHECK(first.status == scout::model::RunStatus::partial);
    CHECK(f.count("SELECT count(*) FROM crawl_tasks WHERE state = 'pending'") == 1);
    const auto rest = f.crawl();
    CHECK(rest.counters.tasks_done == 6);
    CHECK(f.count("SELECT count(*) FROM crawl_tasks WHERE state = 'done'") == 7);
  }
}
