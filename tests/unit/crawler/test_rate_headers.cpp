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

  // hub-docs rate-limits.md: one RateLimit / RateLimit-Policy pair naming the request's bucket.
  TEST_CASE("each Hugging Face bucket is read from its RateLimit header")
  {
    const FakeClock clock;
    struct Row {
      const char* rate_limit;
      const char* policy;
      const char* resource;
      int limit;
      int remaining;
      int reset_in;
    };
    const Row rows[] = {
      {"\"api\";r=480;t=212", "\"fixed window\";\"api\";q=500;w=300", "api", 500, 480, 212},
      {"\"resolvers\";r=2999;t=300", "\"fixed window\";\"resolvers\";q=3000;w=300", "resolvers", 3000, 2999, 300},
      {"\"pages\";r=0;t=55", "\"fixed window\";\"pages\";q=100;w=300", "pages", 100, 0, 55},
      // Names are matched in any case; a policy list is searched for the bucket's own entry.
      {"\"Resolvers\";r=7;t=9", "\"fixed window\";\"api\";q=1000;w=300, \"fixed window\";\"resolvers\";q=5000;w=300",
       "resolvers", 5000, 7, 9},
    };
    for (const Row& row : rows) {
      CAPTURE(row.rate_limit);
      Headers headers;
      headers.add("ratelimit", row.rate_limit);
      headers.add("RateLimit-Policy", row.policy);
      const auto budget = ietf_budget(headers, clock.now());
      REQUIRE(budget.has_value());
      CHECK(budget->resource == row.resource);
      CHECK(budget->limit == row.limit);
      CHECK(budget->remaining == row.remaining);
      CHECK(budget->reset == clock.now() + std::chrono::seconds(row.reset_in));
    }
  }

  TEST_CASE("a RateLimit without t= refills after the policy's window, without a policy, no limit is known")
  {
    const FakeClock clock;
    Headers headers;
    headers.add("RateLimit", "\"api\";r=12");
    headers.add("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300");
    const auto budget = ietf_budget(headers, clock.now());
    REQUIRE(budget.has_value());
    CHECK(budget->reset == clock.now() + 300s);

    Headers bare;
    bare.add("RateLimit", "\"pages\";r=3;t=10");
    const auto alone = ietf_budget(bare, clock.now());
    REQUIRE(alone.has_value());
    CHECK(alone->limit == std::nullopt);
    CHECK(alone->remaining == 3);

    Headers other_policy;
    other_policy.add("RateLimit", "\"pages\";r=3;t=10");
    other_policy.add("RateLimit-Policy",
                     "\"fixed window\";\"api\";q=500;w=300, \"fixed window\";\"resolvers\";q=3000;w=300");
    CHECK(ietf_budget(other_policy, clock.now())->limit == std::nullopt);
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
