#include "crawler/http/rate_buckets.hpp"
#include "crawler/http/response_policy.hpp"
#include "support/fake_clock.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <initializer_list>
#include <string>
#include <utility>

using namespace std::chrono_literals;
using scout::crawler::HostKind;
using scout::crawler::HostPolicy;
using scout::crawler::HttpResponse;
using scout::crawler::Pause;
using scout::crawler::RateBuckets;
using scout::testing::FakeClock;

namespace {

const std::string k_core = "api.github.com|GITHUB_TOKEN#1|core";
const std::string k_search = "api.github.com|GITHUB_TOKEN#1|search";

RateBuckets make_buckets()
{
  HostPolicy github{HostKind::github, 4, 0ms, 0, 0s, 50};
  HostPolicy huggingface{HostKind::huggingface, 4, 0ms, 450, 300s, 0};
  HostPolicy arxiv{HostKind::arxiv, 1, 3000ms, 0, 0s, 0};
  return RateBuckets({{"api.github.com", github}, {"huggingface.co", huggingface}, {"export.arxiv.org", arxiv}});
}

HttpResponse response(std::string url, long status, std::initializer_list<std::pair<const char*, std::string>> headers)
{
  HttpResponse result;
  result.url = std::move(url);
  result.status = status;
  for (const auto& [name, value] : headers) {
    result.headers.add(name, value);
  }
  return result;
}

HttpResponse github_response(long status, int limit, int remaining, std::int64_t reset, const char* resource = "core")
{
  return response("https://api.github.com/users/octocat", status,
                  {{"X-RateLimit-Limit", std::to_string(limit)},
                   {"X-RateLimit-Remaining", std::to_string(remaining)},
                   {"X-RateLimit-Reset", std::to_string(reset)},
                   {"X-RateLimit-Resource", resource}});
}

}  // namespace

TEST_SUITE("crawler::RateBuckets")
{
  TEST_CASE("bucket ids name host, credential and resource")
  {
    const RateBuckets buckets = make_buckets();
    CHECK(buckets.bucket_for("https://api.github.com/users/octocat", "GITHUB_TOKEN#1") == k_core);
    CHECK(buckets.bucket_for("https://api.github.com/search/repositories?q=x", "GITHUB_TOKEN#1") == k_search);
    CHECK(buckets.bucket_for("https://API.github.com/graphql", "") == "api.github.com|anonymous|graphql");
    CHECK(buckets.bucket_for("https://huggingface.co/api/models/gpt2", "HF_TOKEN#1")
          == "huggingface.co|HF_TOKEN#1|api");
    CHECK(buckets.bucket_for("https://huggingface.co/gpt2/resolve/main/README.md", "HF_TOKEN#1")
          == "huggingface.co|HF_TOKEN#1|resolvers");
    CHECK(buckets.bucket_for("http://export.arxiv.org/api/query?id_list=1", "anonymous") == "export.arxiv.org");
    CHECK(buckets.bucket_for("http://127.0.0.1:8080/x", "anonymous") == "127.0.0.1:8080");
  }

  TEST_CASE("a server-named resource is trusted for later requests on that route")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    const std::string url = "https://api.github.com/search/code?q=x";
    const std::string guessed = buckets.bucket_for(url, "GITHUB_TOKEN#1");
    CHECK(guessed == k_search);
    buckets.on_start(guessed, clock.now());
    HttpResponse reply = github_response(200, 10, 0, 1700000060, "code_search");
    reply.url = url;
    buckets.on_finish(guessed, reply, clock.now());
    CHECK(buckets.bucket_for(url, "GITHUB_TOKEN#1") == "api.github.com|GITHUB_TOKEN#1|code_search");
    CHECK_FALSE(buckets.ready("api.github.com|GITHUB_TOKEN#1|code_search", clock.now()).ok);
    CHECK(buckets.ready(k_search, clock.now()).ok);
  }

  TEST_CASE("429 with Retry-After 2 pauses the bucket exactly 2 s")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    scout::crawler::Rng rng(1);
    const HttpResponse reply = response("https://api.github.com/users/octocat", 429, {{"Retry-After", "2"}});
    buckets.on_start(k_core, clock.now());
    buckets.on_finish(k_core, reply, clock.now());
    const auto verdict = scout::crawler::classify(reply, 0, {}, clock.now(), rng);
    REQUIRE(verdict.kind == scout::crawler::VerdictKind::wait);
    buckets.pause(k_core, verdict.pause, clock.now());

    const auto readiness = buckets.ready(k_core, clock.now());
    CHECK_FALSE(readiness.ok);
    CHECK(readiness.not_before == clock.now() + 2s);
    CHECK(readiness.reason == "github core: 429 Retry-After 2 s");
    clock.advance(1999ms);
    CHECK_FALSE(buckets.ready(k_core, clock.now()).ok);
    clock.advance(1ms);
    CHECK(buckets.ready(k_core, clock.now()).ok);
  }

  TEST_CASE("403 with X-RateLimit-Remaining 0 pauses until the reset")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    buckets.on_start(k_core, clock.now());
    buckets.on_finish(k_core, github_response(403, 5000, 0, 1700000600), clock.now());
    const auto readiness = buckets.ready(k_core, clock.now());
    CHECK_FALSE(readiness.ok);
    CHECK(readiness.not_before == FakeClock::from_unix(1700000601));
    CHECK(readiness.reason == "github core: 0 left of 5000, paused until reset at 2023-11-14T22:23:21Z");
    clock.set(FakeClock::from_unix(1700000601));
    CHECK(buckets.ready(k_core, clock.now()).ok);
    CHECK(buckets.remaining(k_core, clock.now()) == 5000);
  }

  TEST_CASE("the reserve pauses a bucket before the budget is gone")
  {
    SUBCASE("5000 per hour keeps 50 back")
    {
      FakeClock clock;
      RateBuckets buckets = make_buckets();
      buckets.on_start(k_core, clock.now());
      buckets.on_finish(k_core, github_response(200, 5000, 51, 1700003600), clock.now());
      CHECK(buckets.ready(k_core, clock.now()).ok);
      buckets.on_start(k_core, clock.now());  // the estimate drops to 50
      const auto readiness = buckets.ready(k_core, clock.now());
      CHECK_FALSE(readiness.ok);
      CHECK(readiness.reason.starts_with("github core: 50 left of 5000, paused until reset at"));
    }
    SUBCASE("an anonymous 60 per hour keeps only 6 back")
    {
      FakeClock clock;
      RateBuckets buckets = make_buckets();
      const std::string anonymous = "api.github.com|anonymous|core";
      buckets.on_start(anonymous, clock.now());
      buckets.on_finish(anonymous, github_response(200, 60, 7, 1700003600), clock.now());
      CHECK(buckets.ready(anonymous, clock.now()).ok);
      buckets.on_finish(anonymous, github_response(200, 60, 6, 1700003600), clock.now());
      CHECK_FALSE(buckets.ready(anonymous, clock.now()).ok);
    }
  }

  TEST_CASE("requests in flight are counted against the server's remaining budget")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    for (int i = 0; i < 3; ++i) {
      buckets.on_start(k_core, clock.now());
    }
    buckets.on_finish(k_core, github_response(200, 5000, 100, 1700003600), clock.now());
    CHECK(buckets.remaining(k_core, clock.now()) == 98);
    buckets.on_start(k_core, clock.now());
    CHECK(buckets.remaining(k_core, clock.now()) == 97);
  }

  TEST_CASE("search and core are separate buckets")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    buckets.on_start(k_search, clock.now());
    HttpResponse reply = github_response(200, 30, 0, 1700000060, "search");
    reply.url = "https://api.github.com/search/users?q=x";
    buckets.on_finish(k_search, reply, clock.now());
    CHECK_FALSE(buckets.ready(k_search, clock.now()).ok);
    CHECK(buckets.ready(k_core, clock.now()).ok);
    CHECK_FALSE(buckets.remaining(k_core, clock.now()).has_value());
  }

  TEST_CASE("arXiv requests start at least 3000 ms apart, one at a time")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    const std::string arxiv = "export.arxiv.org";
    CHECK(buckets.ready(arxiv, clock.now()).ok);
    buckets.on_start(arxiv, clock.now());
    const auto busy = buckets.ready(arxiv, clock.now());
    CHECK_FALSE(busy.ok);
    CHECK(busy.reason == "arxiv: 1 of 1 requests in flight");
    clock.advance(500ms);
    buckets.on_finish(arxiv, response("http://export.arxiv.org/api/query", 200, {}), clock.now());
    const auto pacing = buckets.ready(arxiv, clock.now());
    CHECK_FALSE(pacing.ok);
    CHECK(pacing.reason == "arxiv: 3000 ms between requests");
    CHECK(pacing.not_before == FakeClock::from_unix(1700000003));
    clock.advance(2499ms);
    CHECK_FALSE(buckets.ready(arxiv, clock.now()).ok);
    clock.advance(1ms);
    CHECK(buckets.ready(arxiv, clock.now()).ok);
  }

  TEST_CASE("the in-flight cap holds starts until a request finishes")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    for (int i = 0; i < 4; ++i) {
      REQUIRE(buckets.ready(k_core, clock.now()).ok);
      buckets.on_start(k_core, clock.now());
    }
    const auto full = buckets.ready(k_core, clock.now());
    CHECK_FALSE(full.ok);
    CHECK(full.not_before == clock.now());
    CHECK(full.reason == "github core: 4 of 4 requests in flight");
    buckets.on_finish(k_core, response("https://api.github.com/users/x", 200, {}), clock.now());
    CHECK(buckets.ready(k_core, clock.now()).ok);
  }

  TEST_CASE("Hugging Face's configured window caps requests per 300 s")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    const std::string hf = "huggingface.co|anonymous|api";
    const HttpResponse ok = response("https://huggingface.co/api/models/gpt2", 200, {});
    for (int i = 0; i < 450; ++i) {
      REQUIRE(buckets.ready(hf, clock.now()).ok);
      buckets.on_start(hf, clock.now());
      buckets.on_finish(hf, ok, clock.now());
      clock.advance(100ms);
    }
    const auto readiness = buckets.ready(hf, clock.now());
    CHECK_FALSE(readiness.ok);
    CHECK(readiness.reason == "huggingface api: 450 requests per 300 s window used");
    CHECK(readiness.not_before == FakeClock::from_unix(1700000300));
    clock.set(FakeClock::from_unix(1700000300));
    CHECK(buckets.ready(hf, clock.now()).ok);
  }

  // The README says so: the local window is per bucket (credential and resource), not per host.
  TEST_CASE("Hugging Face's window is counted per bucket: a full api window leaves resolvers ready")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    const std::string api = "huggingface.co|anonymous|api";
    const HttpResponse ok = response("https://huggingface.co/api/models/gpt2", 200, {});
    for (int i = 0; i < 450; ++i) {
      buckets.on_start(api, clock.now());
      buckets.on_finish(api, ok, clock.now());
    }
    CHECK_FALSE(buckets.ready(api, clock.now()).ok);
    CHECK(buckets.bucket_for("https://huggingface.co/gpt2/resolve/main/README.md", "anonymous")
          == "huggingface.co|anonymous|resolvers");
    CHECK(buckets.ready("huggingface.co|anonymous|resolvers", clock.now()).ok);
    CHECK(buckets.ready("huggingface.co|HF_TOKEN#1|api", clock.now()).ok);
  }

  TEST_CASE("Hugging Face caps each bucket with its own anonymous or token limit")
  {
    FakeClock clock;
    HostPolicy hub{HostKind::huggingface, 0, 0ms, 0, 300s, 0, {{"api", 5, 10}, {"resolvers", 30, 50}, {"pages", 1, 2}}};
    RateBuckets buckets({{"huggingface.co", hub}});
    const HttpResponse ok = response("https://huggingface.co/x", 200, {});
    // Requests each bucket takes before its window is used up.
    const auto capacity = [&](const std::string& id) {
      int started = 0;
      while (buckets.ready(id, clock.now()).ok && started < 100) {
        buckets.on_start(id, clock.now());
        buckets.on_finish(id, ok, clock.now());
        ++started;
      }
      return started;
    };
    CHECK(capacity("huggingface.co|anonymous|api") == 5);
    CHECK(capacity("huggingface.co|HF_TOKEN#1|api") == 10);
    CHECK(capacity("huggingface.co|anonymous|resolvers") == 30);
    CHECK(capacity("huggingface.co|HF_TOKEN#1|resolvers") == 50);
    CHECK(capacity("huggingface.co|anonymous|pages") == 1);
    CHECK(capacity("huggingface.co|HF_TOKEN#1|pages") == 2);
    CHECK(buckets.ready("huggingface.co|anonymous|pages", clock.now()).reason
          == "huggingface pages: 1 requests per 300 s window used");
  }

  TEST_CASE("while the Hub states a budget it governs instead of the local window")
  {
    FakeClock clock;
    HostPolicy hub{HostKind::huggingface, 0, 0ms, 0, 300s, 0, {{"api", 5, 10}}};
    RateBuckets buckets({{"huggingface.co", hub}});
    const std::string api = "huggingface.co|anonymous|api";
    // A PRO account: the server says 2,500 a window, far above the local 5.
    const HttpResponse stated =
      response("https://huggingface.co/api/models", 200,
               {{"RateLimit", "\"api\";r=2000;t=200"}, {"RateLimit-Policy", "\"fixed window\";\"api\";q=2500;w=300"}});
    buckets.on_start(api, clock.now());
    buckets.on_finish(api, stated, clock.now());
    for (int i = 0; i < 20; ++i) {
      REQUIRE(buckets.ready(api, clock.now()).ok);
      buckets.on_start(api, clock.now());
      buckets.on_finish(api, response("https://huggingface.co/api/models", 200, {}), clock.now());
    }
    CHECK(buckets.remaining(api, clock.now()) == 1980);
    // Its word on the reset holds too: two left and a reset in 40 s pauses at zero until then.
    buckets.on_start(api, clock.now());
    buckets.on_finish(api, response("https://huggingface.co/api/models", 200, {{"RateLimit", "\"api\";r=1;t=40"}}),
                      clock.now());
    buckets.on_start(api, clock.now());
    const auto readiness = buckets.ready(api, clock.now());
    CHECK_FALSE(readiness.ok);
    CHECK(readiness.not_before == clock.now() + 40s);
  }

  TEST_CASE("Hugging Face RateLimit r=0 pauses for t seconds")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    const std::string hf = "huggingface.co|HF_TOKEN#1|api";
    buckets.on_start(hf, clock.now());
    buckets.on_finish(
      hf,
      response("https://huggingface.co/api/models", 429,
               {{"RateLimit", "\"api\";r=0;t=55"}, {"RateLimit-Policy", "\"fixed window\";\"api\";q=2500;w=300"}}),
      clock.now());
    const auto readiness = buckets.ready(hf, clock.now());
    CHECK_FALSE(readiness.ok);
    CHECK(readiness.not_before == clock.now() + 55s);
    CHECK(buckets.ready("huggingface.co|HF_TOKEN#2|api", clock.now()).ok);
  }

  TEST_CASE("a pause of one bucket leaves the others ready")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    buckets.pause(k_core, Pause{clock.now() + 30s, "test", "", false, false}, clock.now());
    CHECK_FALSE(buckets.ready(k_core, clock.now()).ok);
    CHECK(buckets.ready(k_search, clock.now()).ok);
    CHECK(buckets.ready("api.github.com|GITHUB_TOKEN#2|core", clock.now()).ok);
    CHECK(buckets.ready("export.arxiv.org", clock.now()).ok);
  }

  TEST_CASE("a secondary limit holds every resource of the credential and is counted")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    buckets.pause(k_core, Pause{clock.now() + 60s, "secondary", "", true, true}, clock.now());
    CHECK(buckets.secondary_hits(k_core) == 1);
    CHECK(buckets.secondary_hits(k_search) == 1);
    const auto readiness = buckets.ready(k_search, clock.now());
    CHECK_FALSE(readiness.ok);
    CHECK(readiness.reason == "github core: secondary");
    CHECK(buckets.ready("api.github.com|GITHUB_TOKEN#2|search", clock.now()).ok);
    clock.advance(60s);
    buckets.on_start(k_core, clock.now());
    buckets.on_finish(k_core, response("https://api.github.com/users/x", 200, {}), clock.now());
    CHECK(buckets.secondary_hits(k_core) == 0);
  }

  TEST_CASE("wait_seconds adds up the time each bucket was paused")
  {
    FakeClock clock;
    RateBuckets buckets = make_buckets();
    buckets.pause(k_core, Pause{clock.now() + 2s, "a", "", false, false}, clock.now());
    clock.advance(1s);
    // Overlapping pause: only the extension counts.
    buckets.pause(k_core, Pause{clock.now() + 3s, "b", "", false, false}, clock.now());
    // Shorter than the current pause: ignored.
    buckets.pause(k_core, Pause{clock.now() + 1s, "c", "", false, false}, clock.now());
    clock.advance(10s);
    buckets.pause(k_core, Pause{clock.now() + 5s, "d", "", false, false}, clock.now());
    buckets.pause(k_search, Pause{clock.now() + 7s, "e", "", false, false}, clock.now());
    const auto waits = buckets.wait_seconds();
    CHECK(waits.at(k_core) == doctest::Approx(9.0));
    CHECK(waits.at(k_search) == doctest::Approx(7.0));
  }
}
