#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using scout::testing::run_scout;

namespace {

std::string write_config(const scout::testing::TempDir& dir, const std::string& text)
{
  const std::string path = dir.file("scout.toml");
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_SUITE("app::cli")
{
  TEST_CASE("no subcommand is a usage error") { CHECK(run_scout({}).exit_code == 2); }

  TEST_CASE("an unknown subcommand or option is a usage error")
  {
    CHECK(run_scout({"fly"}).exit_code == 2);
    CHECK(run_scout({"init", "--no-such-flag"}).exit_code == 2);
  }

  TEST_CASE("a negative --max-requests says it must be at least 0")
  {
    const auto result = run_scout({"crawl", "--max-requests", "-1"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("--max-requests: must be ≥ 0") != std::string::npos);
    CHECK(result.err.size() < 200);  // not a 309-digit range bound
  }

  TEST_CASE("--help for every subcommand exits 0 and lists --config and --db")
  {
    for (const char* name :
         {"init", "crawl", "link", "rank", "export", "explain", "forget", "nightly", "status", "config"}) {
      const auto result = run_scout({name, "--help"});
      CHECK_MESSAGE(result.exit_code == 0, name);
      CHECK_MESSAGE(result.out.find("--config") != std::string::npos, name);
      CHECK_MESSAGE(result.out.find("--db") != std::string::npos, name);
    }
  }

  TEST_CASE("a missing config file exits 2 naming the file")
  {
    const auto result = run_scout({"init", "--config", "/nonexistent/scout.toml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("/nonexistent/scout.toml") != std::string::npos);
  }

  TEST_CASE("an unknown config key exits 2 naming file, line and key")
  {
    scout::testing::TempDir dir;
    const std::string path = write_config(dir, "[database]\npath = \"x.db\"\n\n[crawl]\nconcurency = 4\n");
    const auto result = run_scout({"init", "--config", path});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(path + ":5") != std::string::npos);
    CHECK(result.err.find("crawl.concurency") != std::string::npos);
  }

  TEST_CASE("a config value of the wrong type exits 2 naming file, line and key")
  {
    scout::testing::TempDir dir;
    const std::string path = write_config(dir, "[crawl]\nconcurrency = \"many\"\n");
    const auto result = run_scout({"init", "--config", path});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(path + ":2") != std::string::npos);
    CHECK(result.err.find("crawl.concurrency") != std::string::npos);
  }

  TEST_CASE("nightly refuses an unknown specialisation with exit 2 before touching the database")
  {
    scout::testing::TempDir dir;
    const std::string path = write_config(dir, "[nightly]\nspecialisations = [\"inference\", \"quantum\"]\n");
    const auto result = run_scout({"nightly", "--config", path, "--db", dir.file("x.db")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("nightly.specialisations: unknown key \"quantum\" (valid: ") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.db")));
  }

  TEST_CASE("config show prints the effective configuration with --db applied")
  {
    scout::testing::TempDir dir;
    const std::string path = write_config(dir, "[crawl]\nconcurrency = 3\n");
    const auto result = run_scout({"config", "show", "--config", path, "--db", "/tmp/other.db"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("concurrency = 3") != std::string::npos);
    CHECK(result.out.find("/tmp/other.db") != std::string::npos);
  }
}
