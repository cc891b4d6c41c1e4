#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

using scout::testing::run_scout;

TEST_SUITE("app::status")
{
  TEST_CASE("status lists every table with its row count")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("x.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    const auto result = run_scout({"status", "--db", db});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("schema version 7") != std::string::npos);
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
    CHECK(result.out.find("\"schema_version\":7") != std::string::npos);
  }

  TEST_CASE("status on a missing database exits 1 and says to run init")
  {
    scout::testing::TempDir dir;
    const auto result = run_scout({"status", "--db", dir.file("none.db")});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("scout init") != std::string::npos);
  }
}
