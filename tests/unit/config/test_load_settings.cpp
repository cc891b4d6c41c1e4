#include "app/config/embedded_config.hpp"
#include "app/config/load_settings.hpp"
#include "common/error.hpp"
#include "tests/unit/config/config_test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using namespace scout::config;
using scout::config::test::flatten;
using scout::config::test::load_error;
using scout::config::test::TempDir;

namespace {

// Loads `fixture` copied into a temp dir as scout.toml and expects this one error line.
void check_error(const std::string& fixture, const std::string& expected_after_path)
{
  TempDir dir;
  const std::string path = dir.copy_fixture(fixture);
  CHECK(load_error(path) == path + expected_after_path);
}

// Compares every key except the two paths, which load_settings() resolves.
void check_equal_except_paths(const Settings& actual, const Settings& expected)
{
  const auto a = flatten(actual);
  const auto e = flatten(expected);
  REQUIRE(a.size() == e.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].first == "database.path" || a[i].first == "ranking.weights" || a[i].first == "identity.overrides") {
      continue;
    }
    INFO("key: " << a[i].first);
    CHECK(a[i].second == e[i].second);
  }
}

}  // namespace

TEST_SUITE("config::load_settings")
{
  TEST_CASE("shipped config/scout.toml equals the built-in defaults")
  {
    const std::string path = std::string(SCOUT_SOURCE_DIR) + "/config/scout.toml";
    const Settings loaded = load_settings(path);
    check_equal_except_paths(loaded, default_settings());
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    CHECK(loaded.database.path == (folder / "scout.db").lexically_normal().string());
    CHECK(loaded.ranking.weights == (folder / "weights.toml").lexically_normal().string());
    CHECK(loaded.source == path);
  }

  TEST_CASE("embedded starter config is the shipped file and loads to the defaults")
  {
    CHECK(shipped_default_config() == test::fixture_text("../../../config/scout.toml"));
    TempDir dir;
    const std::string path = dir.write("scout.toml", std::string(shipped_default_config()));
    check_equal_except_paths(load_settings(path), default_settings());
  }

  TEST_CASE("built-in defaults name their source") { CHECK(default_settings().source == "(built-in defaults)"); }

  TEST_CASE("an empty file gives the defaults")
  {
    TempDir dir;
    check_equal_except_paths(load_settings(dir.copy_fixture("empty.toml")), default_settings());
  }

  TEST_CASE("keys left out keep their defaults")
  {
    TempDir dir;
    const Settings s = load_settings(dir.copy_fixture("partial.toml"));
    CHECK(s.crawl.concurrency == 32);
    CHECK_FALSE(s.huggingface.enabled);
    CHECK(s.crawl.per_host_concurrency == 6);
    CHECK(s.github.seed_repos == std::vector<std::string>{"vllm-project/vllm"});
    CHECK(s.arxiv.page_size == 100);
  }

  TEST_CASE("missing file is a config error naming the path")
  {
    TempDir dir;
    const std::string path = (dir.path() / "nope.toml").string();
    CHECK(load_error(path) == path + ": cannot read config file: No such file or directory");
    CHECK_THROWS_AS(load_settings(path), scout::ConfigError);
  }

  TEST_CASE("a folder given as the config file is a config error")
  {
    TempDir dir;
    CHECK(load_error(dir.path().string()) == dir.path().string() + ": cannot read config file: Is a directory");
  }

  TEST_CASE("TOML syntax error names file line and column")
  {
    TempDir dir;
    const std::string path = dir.copy_fixture("syntax_error.toml");
    const std::string message = load_error(path);
    CHECK(message.rfind(path + ":3:", 0) == 0);
    CHECK(message.find("TOML syntax error: ") != std::string::npos);
  }

  TEST_CASE("wrong type names file line and key")
  {
    check_error("type_error.toml", ":7: crawl.concurrency: expected integer, got string \"many\"");
    check_error("float_for_integer.toml", ":2: crawl.concurrency: expected integer, got float 16.5");
    check_error("date_value.toml",
                ":2: sources.arxiv.enabled: dates and times are not valid in this file; use a "
                "string or number");
  }

  TEST_CASE("unknown top-level table names its line and the allowed tables")
  {
    check_error("unknown_table.toml",
                ":5: crawll: unknown key (allowed: database, crawl, sources, ranking, identity, nightly)");
  }

  TEST_CASE("unknown nested key names its line and the allowed keys")
  {
    check_error("unknown_key.toml",
                ":3: crawl.concurency: unknown key (allowed: concurrency, per_host_concurrency, "
                "user_agent, max_attempts, backoff_base_ms, backoff_max_ms, connect_timeout_ms, "
                "request_timeout_ms, low_speed_bytes_per_s, low_speed_time_s, max_body_bytes, "
                "freshness_hours, max_requests, evidence_hop_budget)");
    check_error("unknown_source.toml", ":4: sources.gitlab: unknown key (allowed: github, huggingface, arxiv)");
  }

  TEST_CASE("out-of-range values name the limit")
  {
    check_error("out_of_range.toml", ":9: crawl.concurrency: 0 is below the minimum 1");
    check_error("page_size_too_large.toml", ":2: sources.arxiv.page_size: 5000 is above the maximum 2000");
    check_error("huge_integer.toml", ":2: sources.github.max_requests: 99999999999 is above the maximum 2147483647");
  }

  TEST_CASE("bounded searches: a sort the service lacks or a page cap as text names file, line and key")
  {
    check_error("bad_search_sort.toml",
                ":4: sources.github.search_sort: \"stars\" is not one of followers, repositories, joined, best-match");
    check_error("search_pages_as_text.toml",
                ":3: sources.huggingface.search_max_pages: expected integer, got string \"all\"");
    TempDir dir;
    const Settings defaults = load_settings(dir.copy_fixture("empty.toml"));
    CHECK(defaults.github.search_max_pages == 10);
    CHECK(defaults.github.search_sort == "followers");
    CHECK(defaults.huggingface.search_max_pages == 5);
    CHECK(defaults.huggingface.search_sort == "downloads");
  }

  TEST_CASE("the one-hop crawl's budget: 50 accounts a run by default, 0 turns it off, below 0 is refused")
  {
    TempDir dir;
    CHECK(load_settings(dir.copy_fixture("empty.toml")).crawl.evidence_hop_budget == 50);
    CHECK(load_settings(dir.copy_fixture("hop_budget_off.toml")).crawl.evidence_hop_budget == 0);
    check_error("hop_budget_negative.toml", ":2: crawl.evidence_hop_budget: -1 is below the minimum 0");
  }

  TEST_CASE("strings must match their pattern")
  {
    check_error("bad_url.toml",
                ":2: sources.huggingface.api_url: \"ftp://huggingface.co\" does not match the "
                "pattern ^https?://[^ ]+$ (expected an http:// or https:// URL without spaces)");
    check_error("bad_seed_repo.toml",
                ":4: sources.github.seed_repos[1]: \"not a repo\" does not match the pattern "
                "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ (expected a repository as owner/name)");
    check_error("empty_string.toml", ":2: crawl.user_agent: must not be empty");
  }

  TEST_CASE("a control character in a value is refused, so user_agent cannot inject a header")
  {
    check_error("header_injection.toml",
                ":2: crawl.user_agent: contains the control character U+000D at byte 1; an HTTP header value "
                "must be a single line");
  }

  TEST_CASE("every wrong key is reported one per line in file order")
  {
    TempDir dir;
    const std::string path = dir.copy_fixture("several_errors.toml");
    CHECK(load_error(path)
          == path + ":2: crawl.concurrency: expected integer, got string \"many\"\n"
               + path + ":3: crawl.per_host_concurrency: 0 is below the minimum 1\n"
               + path + ":4: crawl.timeout: unknown key (allowed: concurrency, "
                 "per_host_concurrency, user_agent, max_attempts, backoff_base_ms, "
                 "backoff_max_ms, connect_timeout_ms, request_timeout_ms, low_speed_bytes_per_s, "
                 "low_speed_time_s, max_body_bytes, freshness_hours, max_requests, evidence_hop_budget)\n"
               + path + ":7: sources.arxiv.page_size: 5000 is above the maximum 2000\n"
               + path + ":8: sources.arxiv.api_url: \"ftp://export.arxiv.org\" does not match "
                 "the pattern ^https?://[^ ]+$ (expected an http:// or https:// URL without "
                 "spaces)");
  }

  TEST_CASE("token_env accepts one name or an array of names")
  {
    TempDir dir;
    SUBCASE("string")
    {
      const Settings s = load_settings(dir.copy_fixture("token_env_string.toml"));
      CHECK(s.github.token_env == std::vector<std::string>{"SCOUT_GH_TOKEN"});
      CHECK(s.huggingface.token_env == std::vector<std::string>{"SCOUT_HF_TOKEN"});
    }
    SUBCASE("array")
    {
      const Settings s = load_settings(dir.copy_fixture("token_env_array.toml"));
      CHECK(s.github.token_env == std::vector<std::string>{"SCOUT_GH_TOKEN_1", "SCOUT_GH_TOKEN_2"});
      CHECK(s.huggingface.token_env.empty());
    }
  }

  TEST_CASE("a token pasted into token_env is rejected without echoing it")
  {
    TempDir dir;
    const std::string path = dir.copy_fixture("token_value_in_token_env.toml");
    const std::string message = load_error(path);
    CHECK(message.rfind(path + ":3: sources.github.token_env: looks like a token", 0) == 0);
    CHECK(message.find("SECRET") == std::string::npos);

    const std::string bad_name = load_error(dir.copy_fixture("token_env_bad_name.toml"));
    CHECK(bad_name.find(":2: sources.huggingface.token_env[1]: is not an environment variable name")
          != std::string::npos);
    CHECK(bad_name.find("SECRET") == std::string::npos);
  }

  TEST_CASE("relative paths are resolved against the config file's folder")
  {
    TempDir dir;
    const std::string path = dir.copy_fixture("relative_paths.toml", "etc/scout.toml");
    const Settings s = load_settings(path);
    CHECK(s.database.path == (dir.path() / "etc/data/scout.db").string());
    CHECK(s.ranking.weights == (dir.path() / "shared/weights.toml").string());
  }

  TEST_CASE("relative paths do not depend on the working directory")
  {
    TempDir dir;
    const std::string path = dir.copy_fixture("relative_paths.toml", "etc/scout.toml");
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(dir.path() / "etc");
    const Settings s = load_settings("scout.toml");
    std::filesystem::current_path(before);
    CHECK(s.database.path == (dir.path() / "etc/data/scout.db").string());
  }

  TEST_CASE("absolute paths are kept as written")
  {
    TempDir dir;
    const Settings s = load_settings(dir.copy_fixture("absolute_paths.toml"));
    CHECK(s.database.path == "/var/lib/scout/scout.db");
    CHECK(s.ranking.weights == "/etc/scout/weights.toml");
  }

  TEST_CASE("Unicode in strings survives loading")
  {
    TempDir dir;
    const Settings s = load_settings(dir.copy_fixture("unicode.toml"));
    CHECK(s.crawl.user_agent == "scout/0.1 (Zoë Ångström, 研究; +mailto:zoë@example.com)");
    CHECK(s.github.search_queries == std::vector<std::string>{"机器学习 language:python", "émoji 🚀 \"quoted\""});
    CHECK(s.arxiv.queries == std::vector<std::string>{"ti:\"Straße\" AND abs:\"naïve\""});
  }

  TEST_CASE("[nightly] loads with its folders resolved against the file's folder")
  {
    TempDir dir;
    const Settings s = load_settings(dir.copy_fixture("nightly.toml", "etc/scout.toml"));
    CHECK(s.nightly.formats == std::vector<std::string>{"markdown", "json"});
    CHECK(s.nightly.specialisations == std::vector<std::string>{"inference", "alignment"});
    CHECK(s.nightly.top == 20);
    CHECK(s.nightly.export_dir == (dir.path() / "etc/out/exports").string());
    CHECK(s.nightly.keep_backups == 3);
    CHECK(s.nightly.backup_dir == "/var/backups/scout");
    // Left empty, the folders mean "beside the database", decided when they are needed.
    const Settings defaults = load_settings(dir.copy_fixture("empty.toml"));
    CHECK(defaults.nightly.export_dir.empty());
    CHECK(defaults.nightly.backup_dir.empty());
    CHECK(defaults.nightly.formats == std::vector<std::string>{"html", "csv"});
  }

  TEST_CASE("[nightly] errors name file, line and key")
  {
    check_error("nightly_bad_format.toml", ":5: nightly.formats[1]: \"pdf\" is not one of csv, json, markdown, html");
    check_error("nightly_top_zero.toml", ":4: nightly.top: 0 is below the minimum 1");
    check_error("nightly_twice.toml", ":2: nightly.formats[1]: repeats an earlier value (each may be listed once)");
    check_error("nightly_no_format.toml", ":2: nightly.formats: must list at least 1");
  }
}

TEST_SUITE("config::load_settings identity fetches")
{
  TEST_CASE("social accounts, fork parents, datasets and Spaces: on by default, each can be turned off")
  {
    TempDir dir;
    const Settings defaults = load_settings(dir.copy_fixture("empty.toml"));
    CHECK(defaults.github.social_accounts);
    CHECK(defaults.github.fork_parent_repos == 5);
    CHECK(defaults.huggingface.datasets);
    CHECK(defaults.huggingface.spaces);
    const Settings off = load_settings(dir.copy_fixture("identity_fetches.toml"));
    CHECK_FALSE(off.github.social_accounts);
    CHECK(off.github.fork_parent_repos == 0);
    CHECK_FALSE(off.huggingface.datasets);
    CHECK(off.huggingface.spaces);
  }

  TEST_CASE("a switch as text and a fork cap out of range name file, line and key")
  {
    TempDir dir;
    const std::string path = dir.copy_fixture("identity_fetch_bad.toml");
    const std::string error = load_error(path);
    CHECK(error.find(path + ":3: sources.github.social_accounts: expected boolean, got string \"no\"")
          != std::string::npos);
    CHECK(error.find(path + ":4: sources.github.fork_parent_repos: 1000 is above the maximum 100")
          != std::string::npos);
  }
}
