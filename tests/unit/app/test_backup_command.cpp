#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <filesystem>

using scout::testing::run_scout;

TEST_SUITE("app::backup")
{
  TEST_CASE("scout backup FILE writes a copy that opens as the same schema")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("live.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    const auto result = run_scout({"backup", "--db", db, dir.file("copy.db")});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("backed up " + db + " to " + dir.file("copy.db")) != std::string::npos);
    const auto status = run_scout({"status", "--db", dir.file("copy.db"), "--check"});
    CHECK(status.exit_code == 0);
    CHECK(status.out.find("integrity: ok") != std::string::npos);
  }

  TEST_CASE("scout backup refuses the live database and a missing source, exit 1")
  {
    scout::testing::TempDir dir;
    const std::string db = dir.file("live.db");
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    const auto live = run_scout({"backup", "--db", db, db});
    CHECK(live.exit_code == 1);
    CHECK(live.err.find("refusing to back up over the live database") != std::string::npos);
    const auto missing = run_scout({"backup", "--db", dir.file("none.db"), dir.file("copy.db")});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("scout init") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("copy.db")));
  }

  TEST_CASE("scout backup without FILE is a usage error") { CHECK(run_scout({"backup"}).exit_code == 2); }
}
