#include "crawler/http/token_pool.hpp"
#include "support/fake_clock.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace std::chrono_literals;
using scout::crawler::HostKind;
using scout::crawler::HostPolicy;
using scout::crawler::HttpResponse;
using scout::crawler::Pause;
using scout::crawler::RateBuckets;
using scout::crawler::TokenPool;
using scout::testing::FakeClock;

namespace {

const char* const k_url = "https://api.github.com/users/octocat";

RateBuckets github_buckets()
{
  return RateBuckets({{"api.github.com", HostPolicy{HostKind::github, 4, 0ms, 0, 0s, 50}}});
}

// Tells the buckets that `bucket_id` has `remaining` of 5000 left.
void report(RateBuckets& buckets, const std::string& bucket_id, int remaining, const FakeClock& clock)
{
  HttpResponse response;
  response.url = k_url;
  response.status = 200;
  response.headers.add("X-RateLimit-Limit", "5000");
  response.headers.add("X-RateLimit-Remaining", std::to_string(remaining));
  response.headers.add("X-RateLimit-Reset", "1700003600");
  buckets.on_start(bucket_id, clock.now());
  buckets.on_finish(bucket_id, response, clock.now());
}

}  // namespace

TEST_SUITE("crawler::TokenPool")
{
  TEST_CASE("tokens are labelled by position and empty ones are skipped")
  {
    const TokenPool pool("GITHUB_TOKEN", {"ghp_a", "", "ghp_c"});
    REQUIRE(pool.credentials().size() == 2);
    CHECK(pool.credentials()[0].label == "GITHUB_TOKEN#1");
    CHECK(pool.credentials()[1].label == "GITHUB_TOKEN#2");
    CHECK(pool.credentials()[1].token == "ghp_c");
  }

  TEST_CASE("without tokens the pool is anonymous")
  {
    const FakeClock clock;
    RateBuckets buckets = github_buckets();
    const TokenPool pool("GITHUB_TOKEN", {});
    const auto& picked = pool.pick(buckets, k_url, clock.now());
    CHECK(picked.label == "anonymous");
    CHECK(picked.token.empty());
    CHECK(buckets.bucket_for(k_url, pool.budget_key(picked.label)) == "api.github.com|anonymous|core");
  }

  TEST_CASE("pick prefers the credential with most budget, unknown counting as full")
  {
    const FakeClock clock;
    RateBuckets buckets = github_buckets();
    const TokenPool pool("GITHUB_TOKEN", {"a", "b", "c"});
    CHECK(pool.pick(buckets, k_url, clock.now()).label == "GITHUB_TOKEN#1");
    report(buckets, "api.github.com|GITHUB_TOKEN#1|core", 4000, clock);
    CHECK(pool.pick(buckets, k_url, clock.now()).label == "GITHUB_TOKEN#2");
    report(buckets, "api.github.com|GITHUB_TOKEN#2|core", 3000, clock);
    report(buckets, "api.github.com|GITHUB_TOKEN#3|core", 4500, clock);
    CHECK(pool.pick(buckets, k_url, clock.now()).label == "GITHUB_TOKEN#3");
    // Budget is per resource: search knows nothing yet, so the first token wins there.
    CHECK(pool.pick(buckets, "https://api.github.com/search/users?q=x", clock.now()).label == "GITHUB_TOKEN#1");
  }

  TEST_CASE("paused credentials are picked last, the soonest ready first")
  {
    const FakeClock clock;
    RateBuckets buckets = github_buckets();
    const TokenPool pool("GITHUB_TOKEN", {"a", "b"});
    buckets.pause("api.github.com|GITHUB_TOKEN#1|core", Pause{clock.now() + 60s, "x", "", false, false}, clock.now());
    CHECK(pool.pick(buckets, k_url, clock.now()).label == "GITHUB_TOKEN#2");
    buckets.pause("api.github.com|GITHUB_TOKEN#2|core", Pause{clock.now() + 90s, "x", "", false, false}, clock.now());
    CHECK(pool.pick(buckets, k_url, clock.now()).label == "GITHUB_TOKEN#1");
  }

  TEST_CASE("tokens of one account share one budget")
  {
    const FakeClock clock;
    RateBuckets buckets = github_buckets();
    TokenPool pool("GITHUB_TOKEN", {"a", "b", "c"});
    pool.set_account("GITHUB_TOKEN#1", "octocat");
    pool.set_account("GITHUB_TOKEN#2", "octocat");
    CHECK(pool.budget_key("GITHUB_TOKEN#1") == "account:octocat");
    CHECK(pool.budget_key("GITHUB_TOKEN#2") == "account:octocat");
    CHECK(pool.budget_key("GITHUB_TOKEN#3") == "GITHUB_TOKEN#3");
    CHECK(buckets.bucket_for(k_url, pool.budget_key("GITHUB_TOKEN#2")) == "api.github.com|account:octocat|core");

    // Spending through token 1 drains token 2 as well, so token 3 is chosen.
    report(buckets, "api.github.com|account:octocat|core", 1000, clock);
    report(buckets, "api.github.com|GITHUB_TOKEN#3|core", 2000, clock);
    CHECK(pool.pick(buckets, k_url, clock.now()).label == "GITHUB_TOKEN#3");
  }
}
