#include "crawler/http/rate_headers.hpp"
#include "support/fake_clock.hpp"

#include <doctest/doctest.h>

#include <chrono>

using namespace std::chrono_literals;
using scout::crawler::github_budget;
using scout::crawler::Headers;
using scout::crawler::ietf_budget;
using scout::crawler::parse_http_date;
using scout::crawler::retry_after;
using scout::crawler::server_budget;
using scout::testing::FakeClock;

TEST_SUITE("crawler::rate_headers")
{
  TEST_CASE("GitHub budget comes from X-RateLimit headers in any case, reset plus one second")
  {
    const FakeClock clock;
    Headers headers;
    headers.add("x-ratelimit-limit", "5000");
    headers.add("X-Ratelimit-Remaining", "4996");
    headers.add("X-RateLimit-Reset", "1700003600");
    headers.add("X-RateLimit-Used", "4");
    headers.add("X-RateLimit-Resource", "core");
    const auto budget = github_budget(headers, clock.now());
    REQUIRE(budget.has_value());
    CHECK(budget->limit == 5000);
    CHECK(budget->remaining == 4996);
    CHECK(budget->reset == FakeClock::from_unix(1700003601));
    CHECK(budget->resource == "core");
    CHECK_FALSE(github_budget(Headers{}, clock.now()).has_value());
  }

  TEST_CASE("Hugging Face budget comes from RateLimit and RateLimit-Policy")
  {
    const FakeClock clock;
    Headers headers;
    headers.add("RateLimit", "\"api\";r=0;t=55");
    headers.add("RateLimit-Policy", "\"fixed window\";\"api\";q=2500;w=300");
    const auto budget = ietf_budget(headers, clock.now());
    REQUIRE(budget.has_value());
    CHECK(budget->limit == 2500);
    CHECK(budget->remaining == 0);
    CHECK(budget->reset == clock.now() + 55s);
    CHECK(budget->resource == "api");
    CHECK(server_budget(headers, clock.now())->remaining == 0);

    Headers without_r;
    without_r.add("RateLimit", "\"api\";t=55");
    CHECK_FALSE(ietf_budget(without_r, clock.now()).has_value());
  }

  TEST_CASE("Retry-After accepts seconds and HTTP dates")
  {
    const FakeClock clock(FakeClock::from_unix(1445412400));  // 2015-10-21T07:26:40Z
    struct Row {
      const char* value;
      std::optional<std::chrono::system_clock::time_point> expected;
    };
    const Row rows[] = {
      {"2", clock.now() + 2s},
      {" 120 ", clock.now() + 120s},
      {"Wed, 21 Oct 2015 07:28:00 GMT", FakeClock::from_unix(1445412480)},
      {"Wed, 21 Oct 2015 07:00:00 GMT", clock.now()},  // in the past: now
      {"soon", std::nullopt},
      {"Wed, 21 Foo 2015 07:28:00 GMT", std::nullopt},
    };
    for (const Row& row : rows) {
      CAPTURE(row.value);
      Headers headers;
      headers.add("retry-after", row.value);
      CHECK(retry_after(headers, clock.now()) == row.expected);
    }
    CHECK_FALSE(retry_after(Headers{}, clock.now()).has_value());
  }

  TEST_CASE("parse_http_date reads IMF-fixdate with or without the weekday")
  {
    CHECK(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == FakeClock::from_unix(784111777));
    CHECK(parse_http_date("06 Nov 1994 08:49:37 GMT") == FakeClock::from_unix(784111777));
    CHECK_FALSE(parse_http_date("Sun, 31 Feb 1994 08:49:37 GMT").has_value());
    CHECK_FALSE(parse_http_date("").has_value());
  }
}
