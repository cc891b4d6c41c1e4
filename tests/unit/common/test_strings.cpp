#include "common/error.hpp"
#include "common/strings.hpp"

#include <doctest/doctest.h>

TEST_SUITE("common::strings")
{
  TEST_CASE("split keeps empty parts")
  {
    CHECK(scout::split("a,,b", ',') == std::vector<std::string>{"a", "", "b"});
    CHECK(scout::split("", ',') == std::vector<std::string>{""});
  }

  TEST_CASE("trim removes surrounding whitespace only")
  {
    CHECK(scout::trim("  a b \t\n") == "a b");
    CHECK(scout::trim("   ").empty());
  }

  TEST_CASE("iequals compares header names without case")
  {
    CHECK(scout::iequals("X-RateLimit-Remaining", "x-ratelimit-remaining"));
    CHECK_FALSE(scout::iequals("Link", "Links"));
  }

  TEST_CASE("read_file names the missing path")
  {
    CHECK_THROWS_WITH_AS(scout::read_file("/nonexistent/scout.toml"), doctest::Contains("/nonexistent/scout.toml"),
                         scout::Error);
  }
}
