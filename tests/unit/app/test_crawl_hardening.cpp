// Regression tests for what hostile probing broke (issue 7): each one runs the real engine,
// the real SQLite backend and real HTTP against a replay server on 127.0.0.1.
#include "app/config/config_loader.hpp"
#include "app/crawl/crawl_runner.hpp"
#include "replay/replay_server.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace {

using scout::replay::Fault;
using scout::replay::FaultKind;

// A GitHub organisation page (organisations queue no follow-ups, so a crawl requests
// exactly the pages a test names).
std::string org_exchange(const std::string& login, const std::string& extra = "")
{
  return R"({"request": {"path": "/users/)" + login + R"("}, "response": {"status": 200,
    "headers": {"Content-Type": "application/json; charset=utf-8"},
    "body_json": {"login": ")"
         + login + R"(", "id": 7, "type": "Organization")" + extra + "}}}";
}

// An exchange whose body is sent byte for byte as given (it need not be valid JSON).
std::string raw_exchange(const std::string& path, int status, const std::string& body_json_string)
{
  return R"({"request": {"path": ")" + path + R"("}, "response": {"status": )" + std::to_string(status)
         + R"(, "headers": {"Content-Type": "application/json"}, "body": )" + body_json_string + "}}";
}

struct World {
  scout::testing::TempDir dir;
  std::ostringstream log_text;
  scout::Logger log{log_text, scout::LogLevel::warn};
  scout::config::Settings settings = scout::config::default_settings();
  std::unique_ptr<scout::replay::ReplayServer> github;

  // Serves `exchanges` (a list of fixture objects) as the GitHub API.
  explicit World(const std::vector<std::string>& exchanges)
  {
    std::filesystem::create_directory(dir.file("fixtures"));
    std::ofstream file(dir.file("fixtures/github.json"), std::ios::binary);
    file << "[";
    for (std::size_t i = 0; i < exchanges.size(); ++i) {
      file << (i ? ",\n" : "") << exchanges[i];
    }
    file << "]";
    file.close();
    scout::replay::ReplayOptions options;
    options.fixture_dir = dir.file("fixtures");
    github = std::make_unique<scout::replay::ReplayServer>(options);
    github->start();
    settings.database.path = dir.file("crawl.db");
    settings.github.api_url = github->base_url();
    settings.github.token_env = {"SCOUT_TEST_TOKEN_UNSET"};
    settings.github.seed_repos = {};
    settings.huggingface.enabled = false;
    settings.arxiv.enabled = false;
    settings.crawl.backoff_base_ms = 20;
    settings.crawl.backoff_max_ms = 50;
    settings.crawl.max_attempts = 1;
    settings.crawl.freshness_hours = 0;
  }

  scout::app::CrawlSummary crawl() { return scout::app::run_crawl(settings, {}, log); }

  std::string text(const std::string& sql)
  {
    // No row and NULL both read as "".
    auto db = scout::store::Database::open_read_only(settings.database.path);
    const scout::store::SqlRows rows = scout::store::query_rows(db, sql);
    return rows.empty() ? "" : rows.front().front();
  }
};

}  // namespace

TEST_SUITE("app::crawl hardening")
{
  TEST_CASE("a body nested 100,000 levels deep fails only its task, with the reason")
  {
    World w({raw_exchange("/users/deep", 200, "\"" + std::string(100000, '[') + "\""),
             raw_exchange("/users/deep-error", 500, "\"" + std::string(100000, '[') + "\""), org_exchange("ana")});
    w.settings.github.seed_users = {"deep", "deep-error", "ana"};
    const auto summary = w.crawl();
    CHECK(summary.counters.tasks_failed == 2);
    CHECK(summary.counters.tasks_done == 1);
    CHECK(w.text("SELECT last_error FROM crawl_tasks WHERE url LIKE '%/users/deep'")
            .find("JSON nested deeper than 512 levels")
          != std::string::npos);
    CHECK(w.text("SELECT last_error FROM crawl_tasks WHERE url LIKE '%/users/deep-error'").find("500")
          != std::string::npos);
    CHECK(w.text("SELECT handle FROM accounts WHERE handle = 'ana'") == "ana");
  }

  TEST_CASE("a contributors page whose Link next points at another host is not followed")
  {
    scout::testing::TempDir other_fixtures;
    std::ofstream(other_fixtures.file("c.json"))
      << R"([{"request": {"path": "/repos/acme/llm/contributors"}, "response": {"status": 200,
            "body_json": [{"login": "mallory", "id": 9, "type": "User", "contributions": 9999}]}}])";
    scout::replay::ReplayOptions other_options;
    other_options.fixture_dir = other_fixtures.path().string();
    scout::replay::ReplayServer other(other_options);
    other.start();
    World w(
      {R"({"request": {"path": "/repos/acme/llm/contributors", "query": "per_page=100"}, "response": {"status": 200,
              "headers": {"Content-Type": "application/json", "Link": "<)"
         + other.base_url() + R"(/repos/acme/llm/contributors?page=2>; rel=\"next\""},
              "body_json": [{"login": "ana", "id": 1, "type": "User", "contributions": 3}]}})",
       R"({"request": {"path": "/repos/acme/llm"}, "response": {"status": 404, "body_json": {"message": "Not Found"}}})"});
    w.settings.github.seed_repos = {"acme/llm"};
    const auto summary = w.crawl();
    CHECK(other.stats().requests == 0);
    CHECK(summary.counters.tasks_failed == 1);
    CHECK(w.text("SELECT last_error FROM crawl_tasks WHERE kind = 'github.repo_contributors'")
            .find("leaves the API's origin (" + other.base_url())
          != std::string::npos);
    CHECK(w.text("SELECT count(*) FROM github_contributions") == "0");
    CHECK(w.text("SELECT count(*) FROM accounts WHERE handle = 'mallory'") == "0");
  }

  TEST_CASE("with slow transfers in flight, every request counted reached the server")
  {
    std::vector<std::string> exchanges;
    std::vector<std::string> seeds;
    for (int i = 0; i < 24; ++i) {
      exchanges.push_back(org_exchange("user" + std::to_string(i)));
      seeds.push_back("user" + std::to_string(i));
    }
    World w(exchanges);
    Fault slow;
    slow.kind = FaultKind::latency;
    slow.latency_ms = 500;
    slow.count = 3;
    w.github->add_fault(slow);
    w.settings.github.seed_users = seeds;
    w.settings.github.max_concurrency = 8;      // the bucket would start 8 ...
    w.settings.crawl.per_host_concurrency = 3;  // ... but the host has 3 connections
    w.settings.crawl.request_timeout_ms = 300;
    w.settings.crawl.max_attempts = 2;
    const auto summary = w.crawl();
    CHECK(summary.counters.requests == static_cast<std::int64_t>(w.github->stats().requests));
    CHECK(summary.counters.tasks_done == 24);
    CHECK(w.text("SELECT count(*) FROM crawl_tasks WHERE last_error LIKE '%resolve%'") == "0");
  }

  TEST_CASE("invalid UTF-8 is stored as U+FFFD and an escaped NUL does not cut the text")
  {
    World w({raw_exchange("/users/odd", 200,
                          R"("{\"login\": \"odd\", \"id\": 5, \"type\": \"User\", \"name\": \"Ok)" + std::string("\xFF")
                            + R"( name\", \"bio\": \"nul \\u0000 and after\"}")")});
    w.settings.github.seed_users = {"odd"};
    w.settings.github.readme_top_repos = 0;
    w.crawl();
    CHECK(w.text("SELECT name FROM github_profiles") == "Ok\xEF\xBF\xBD name");
    CHECK(w.text("SELECT bio FROM github_profiles") == "nul \xEF\xBF\xBD and after");
  }
}
