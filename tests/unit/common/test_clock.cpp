#include "common/clock.hpp"

#include <doctest/doctest.h>

TEST_SUITE("common::clock")
{
  TEST_CASE("format_iso8601 prints UTC with a Z")
  {
    const auto t = std::chrono::system_clock::time_point(std::chrono::seconds(1700000000));
    CHECK(scout::format_iso8601(t) == "2023-11-14T22:13:20Z");
    CHECK(scout::to_unix_seconds(t) == 1700000000);
    CHECK(scout::to_unix_millis(t) == 1700000000000);
  }
}
