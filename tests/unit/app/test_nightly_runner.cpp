// scout nightly end to end in-process: the real crawl, link, rank and exports against a
// replay server on 127.0.0.1, the run's date from a FakeClock.
#include "app/config/config_loader.hpp"
#include "app/nightly/nightly_runner.hpp"
#include "replay/replay_server.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "support/fake_clock.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

// Ana's profile answers; /users/gone fails with 500 every time (so its task fails for good).
constexpr const char* k_fixture = R"([
 {"request": {"path": "/users/ana"}, "response": {"status": 200,
   "headers": {"Content-Type": "application/json; charset=utf-8"},
   "body_json": {"login": "ana", "id": 7, "type": "User", "name": "Ana Lima"}}},
 {"request": {"path": "/users/gone"}, "response": {"status": 500, "body_json": {"message": "boom"}}}
])";

struct World {
  scout::testing::TempDir dir;
  std::ostringstream log_text;
  scout::Logger log{log_text, scout::LogLevel::warn};
  scout::config::Settings settings = scout::config::default_settings();
  std::unique_ptr<scout::replay::ReplayServer> github;
  scout::testing::FakeClock clock{scout::testing::FakeClock::from_unix(1'796'092'200)};  // 2026-12-01T02:30:00Z

  World()
  {
    fs::create_directory(dir.file("fixtures"));
    std::ofstream(dir.file("fixtures/github.json")) << k_fixture;
    scout::replay::ReplayOptions options;
    options.fixture_dir = dir.file("fixtures");
    github = std::make_unique<scout::replay::ReplayServer>(options);
    github->start();
    settings.database.path = dir.file("scout.db");
    settings.github.api_url = github->base_url();
    settings.github.token_env = {"SCOUT_TEST_TOKEN_UNSET"};
    settings.github.seed_repos = {};
    settings.github.seed_users = {"ana", "gone"};
    settings.huggingface.enabled = false;
    settings.arxiv.enabled = false;
    settings.crawl.max_attempts = 1;
    settings.crawl.freshness_hours = 0;
    settings.nightly.formats = {"csv", "markdown"};
  }

  scout::app::NightlySummary night() { return scout::app::run_nightly(settings, {}, log, clock); }
};

}  // namespace

TEST_SUITE("app::nightly runner")
{
  TEST_CASE("a task that failed for good: exit 3, the exports still written, the run recorded")
  {
    World w;
    const scout::app::NightlySummary summary = w.night();
    CHECK(summary.exit_code == scout::app::k_exit_failed_tasks);
    CHECK(summary.crawl.counters.tasks_failed == 1);
    CHECK(summary.export_folder == w.dir.file("exports/2026-12-01"));  // beside the database
    for (const char* file : {"shortlist.csv", "shortlist.md", "changes.md"}) {
      CHECK_MESSAGE(fs::exists(summary.export_folder + "/" + file), file);
    }
    CHECK_FALSE(fs::exists(summary.export_folder + "/shortlist.html"));
    CHECK(summary.line.find("; 1 failed tasks; ") != std::string::npos);
    CHECK(summary.line.find("nightly: first nightly run, ") == 0);
    CHECK(summary.line.find(" people ranked (nothing to compare with); ") != std::string::npos);
    CHECK(summary.line.find("; exports in " + summary.export_folder) != std::string::npos);
    auto db = scout::store::Database::open_read_only(w.settings.database.path);
    CHECK(scout::store::query_text(db, "SELECT exit_code || ' ' || started_at FROM nightly_runs")
          == "3 2026-12-01T02:30:00Z");
    CHECK(scout::store::query_text(db, "SELECT group_concat(command) FROM crawl_runs")
          == "nightly");  // as `scout status` shows it
  }

  TEST_CASE("a second run on the same day writes the next folder, --export-dir wins over the config")
  {
    World w;
    w.settings.nightly.export_dir = w.dir.file("configured");
    const std::string first = w.night().export_folder;
    w.clock.advance(std::chrono::hours(3));
    const scout::app::NightlySummary second_night = w.night();
    const std::string second = second_night.export_folder;
    CHECK(second_night.line.find("nightly: 0 people new, 0 with new evidence, 0 rescored; ") == 0);
    CHECK(first == w.dir.file("configured/2026-12-01"));
    CHECK(second == w.dir.file("configured/2026-12-01-2"));
    const scout::app::NightlySummary flag = scout::app::run_nightly(w.settings, {w.dir.file("flag")}, w.log, w.clock);
    CHECK(flag.export_folder == w.dir.file("flag/2026-12-01"));
    std::ifstream changes(second + "/changes.md");
    std::string title;
    std::getline(changes, title);
    CHECK(title == "# What changed on 2026-12-01");
  }
}
