#include "app/config/load_settings.hpp"
#include "app/config/render_settings.hpp"
#include "tests/unit/config/config_test_support.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <map>
#include <string>

using namespace scout::config;
using scout::config::test::flatten;
using scout::config::test::TempDir;

namespace {

// A fake environment: only the variables in `vars` are set.
EnvLookup fake_env(const std::map<std::string, std::string>& vars)
{
  return [vars](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

// Settings far from the defaults, with text that needs escaping.
Settings unusual_settings(const TempDir& dir)
{
  Settings s = default_settings();
  s.source = (dir.path() / "orig.toml").string();
  s.database.path = (dir.path() / "db dir/scout \"1\".db").string();
  s.crawl.concurrency = 1;
  s.crawl.user_agent = "scout \\ \"test\"\tZoë 研究 🚀";
  s.crawl.max_body_bytes = 8LL * 1024 * 1024 * 1024;
  s.github.enabled = false;
  s.github.api_url = "http://127.0.0.1:8080/api";
  s.github.token_env = {"GH_A", "GH_B"};
  s.github.seed_repos = {};
  s.github.seed_users = {"alice", "bob.smith"};
  s.huggingface.token_env = {};
  s.huggingface.search_queries = {"line\nbreak"};
  s.arxiv.queries = {"ti:\"Straße\"", "abs:naïve"};
  s.arxiv.min_interval_ms = 0;
  s.ranking.weights = "/etc/scout/weights.toml";
  s.identity.overrides = "/etc/scout/identity-overrides.toml";  // absolute: a relative path loads back resolved
  return s;
}

void check_round_trip(const Settings& original)
{
  TempDir dir;
  const std::string path = dir.write("rendered.toml", render_settings(original, fake_env({})));
  const Settings loaded = load_settings(path);
  CHECK(loaded.source == path);
  const auto a = flatten(loaded);
  const auto e = flatten(original);
  REQUIRE(a.size() == e.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO("key: " << a[i].first);
    CHECK(a[i].second == e[i].second);
  }
}

}  // namespace

TEST_SUITE("config::render_settings")
{
  TEST_CASE("rendered settings load back to the same values")
  {
    TempDir dir;
    check_round_trip(unusual_settings(dir));
  }

  TEST_CASE("rendered loaded defaults load back to the same values")
  {
    TempDir dir;
    const std::string shipped = test::fixture_text("../../../config/scout.toml");
    check_round_trip(load_settings(dir.write("scout.toml", shipped)));
  }

  TEST_CASE("header names the source file")
  {
    Settings s = default_settings();
    s.source = "/srv/scout/scout.toml";
    const std::string text = render_settings(s, fake_env({}));
    CHECK(text.rfind("# Effective scout configuration.\n# Source: /srv/scout/scout.toml\n", 0) == 0);
    CHECK(render_settings(default_settings(), fake_env({})).find("# Source: (built-in defaults)\n")
          != std::string::npos);
  }

  TEST_CASE("token variables are shown by name with whether each is set")
  {
    Settings s = default_settings();
    s.github.token_env = {"GH_A", "GH_B", "GH_EMPTY"};
    const std::string text = render_settings(s, fake_env({{"GH_A", "ghp_secretvalue123"}, {"GH_EMPTY", ""}}));
    CHECK(text.find("token_env = [\"GH_A\", \"GH_B\", \"GH_EMPTY\"]\n"
                    "# GH_A: set\n# GH_B: not set\n# GH_EMPTY: not set\n")
          != std::string::npos);
    CHECK(text.find("# HF_TOKEN: not set\n") != std::string::npos);
  }

  TEST_CASE("a token value never appears in the rendered output")
  {
    const EnvLookup env = fake_env({{"GITHUB_TOKEN", "ghp_TOPSECRET42"}, {"HF_TOKEN", "hf_SECRET99"}});
    const std::string text = render_settings(default_settings(), env);
    CHECK(text.find("TOPSECRET") == std::string::npos);
    CHECK(text.find("SECRET99") == std::string::npos);
    CHECK(text.find("# GITHUB_TOKEN: set\n") != std::string::npos);
    CHECK(text.find("# HF_TOKEN: set\n") != std::string::npos);
  }

  TEST_CASE("every table is written once with its keys")
  {
    const std::string text = render_settings(default_settings(), fake_env({}));
    for (const char* header : {"\n[database]\n", "\n[crawl]\n", "\n[sources.github]\n", "\n[sources.huggingface]\n",
                               "\n[sources.arxiv]\n", "\n[ranking]\n", "\n[nightly]\n"}) {
      INFO(header);
      const std::size_t first = text.find(header);
      CHECK(first != std::string::npos);
      CHECK(text.find(header, first + 1) == std::string::npos);
    }
    CHECK(text.find("queries = [\"cat:cs.CL AND abs:\\\"preference optimization\\\"\"]\n") != std::string::npos);
  }
}
