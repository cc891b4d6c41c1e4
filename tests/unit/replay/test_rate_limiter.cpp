#include "replay/rate_limiter.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;
using namespace std::chrono_literals;

TEST_SUITE("replay::RateLimiter")
{
  TEST_CASE("allows N requests per fixed window, then refuses until it ends")
  {
    test::FakeClock clock;
    RateLimiter limiter(2, 60, clock);
    const RateDecision first = limiter.acquire();
    CHECK(first.allowed);
    CHECK(first.used == 1);
    CHECK(first.remaining == 1);
    CHECK(first.reset_epoch_s == 1'700'000'060);
    CHECK(first.reset_in_s == 60);
    CHECK(limiter.acquire().allowed);
    clock.advance(59'500ms);
    const RateDecision refused = limiter.acquire();
    CHECK_FALSE(refused.allowed);
    CHECK(refused.remaining == 0);
    CHECK(refused.used == 2);
    CHECK(refused.reset_in_s == 1);
    clock.advance(500ms);
    const RateDecision next_window = limiter.acquire();
    CHECK(next_window.allowed);
    CHECK(next_window.reset_epoch_s == 1'700'000'120);
  }

  TEST_CASE("reset opens a fresh window")
  {
    test::FakeClock clock;
    RateLimiter limiter(1, 10, clock);
    CHECK(limiter.acquire().allowed);
    CHECK_FALSE(limiter.acquire().allowed);
    limiter.reset();
    CHECK(limiter.acquire().allowed);
  }
}
