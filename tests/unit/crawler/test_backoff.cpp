#include "crawler/http/backoff.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <vector>

using namespace std::chrono_literals;
using scout::crawler::backoff_ceiling;
using scout::crawler::backoff_delay;
using scout::crawler::BackoffPolicy;
using scout::crawler::Rng;

TEST_SUITE("crawler::backoff")
{
  TEST_CASE("the ceiling doubles per attempt up to the cap")
  {
    const BackoffPolicy policy{1000ms, 10000ms};
    CHECK(backoff_ceiling(policy, 0) == 1000ms);
    CHECK(backoff_ceiling(policy, 1) == 2000ms);
    CHECK(backoff_ceiling(policy, 3) == 8000ms);
    CHECK(backoff_ceiling(policy, 4) == 10000ms);
    CHECK(backoff_ceiling(policy, 1000000) == 10000ms);
    CHECK(backoff_ceiling(policy, -3) == 1000ms);
    CHECK(backoff_ceiling(BackoffPolicy{0ms, 10000ms}, 1000000) == 0ms);
  }

  TEST_CASE("the same seed gives the same delays")
  {
    const BackoffPolicy policy{500ms, 30000ms};
    Rng first(42);
    Rng second(42);
    for (int attempt = 0; attempt < 12; ++attempt) {
      CHECK(backoff_delay(policy, attempt, first) == backoff_delay(policy, attempt, second));
    }
  }

  TEST_CASE("delays stay within zero and the ceiling and use the whole range")
  {
    const BackoffPolicy policy{1000ms, 8000ms};
    Rng rng(7);
    for (int attempt = 0; attempt < 10; ++attempt) {
      std::chrono::milliseconds smallest = 1h;
      std::chrono::milliseconds largest = 0ms;
      for (int draw = 0; draw < 200; ++draw) {
        const std::chrono::milliseconds delay = backoff_delay(policy, attempt, rng);
        REQUIRE(delay >= 0ms);
        REQUIRE(delay <= backoff_ceiling(policy, attempt));
        smallest = std::min(smallest, delay);
        largest = std::max(largest, delay);
      }
      CAPTURE(attempt);
      // Full jitter: draws spread over most of [0, ceiling], not just near the top.
      CHECK(smallest < backoff_ceiling(policy, attempt) / 4);
      CHECK(largest > backoff_ceiling(policy, attempt) * 3 / 4);
    }
  }
}
