// The crawl engine's scheduling on a fake clock, with a scripted HttpClient and an in-memory
// backend: every wait the engine makes moves the fake clock, so a test checks the exact time
// each request went out and runs in milliseconds. (tests/unit/app/test_crawl_engine.cpp
// keeps one test of each behaviour over real HTTP on 127.0.0.1.)
#include "crawler/crawl_engine.hpp"
#include "support/fake_clock.hpp"
#include "support/fake_crawl_backend.hpp"
#include "support/fake_http_client.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <sstream>

using namespace std::chrono_literals;
using scout::crawler::CrawlEngine;
using scout::crawler::HostKind;
using scout::crawler::HostPolicy;
using scout::crawler::RunCounters;
using scout::crawler::SourceEndpoint;
using scout::model::Source;
using scout::testing::FakeClock;
using State = scout::testing::FakeCrawlBackend::State;

namespace {

const std::string k_github = "https://api.github.com";
const std::string k_arxiv = "https://export.arxiv.org/api";

// Accepts every page as it is: the engine's scheduling is under test, not parsing.
class AcceptingParser : public scout::crawler::TaskParser {
public:
  scout::crawler::ParseOutput parse(const scout::model::Task&, const scout::crawler::FetchedPage&) const override
  {
    return {};
  }
};

struct EngineWorld {
  FakeClock clock;
  scout::testing::FakeHttpClient http{clock};
  scout::testing::FakeCrawlBackend backend;
  AcceptingParser parser;
  std::ostringstream log_text;
  scout::Logger log{log_text, scout::LogLevel::warn};
  scout::crawler::EngineOptions options;
  std::vector<SourceEndpoint> sources;
  scout::model::EndReason end_reason = scout::model::EndReason::drained;

  EngineWorld()
  {
    options.seed = 1;
    options.limits.backoff.base = 100ms;
    options.limits.backoff.cap = 1s;
  }

  void add_source(Source source, const std::string& api_url, HostPolicy policy)
  {
    SourceEndpoint endpoint;
    endpoint.source = source;
    endpoint.api_url = api_url;
    endpoint.policy = policy;
    endpoint.token_name = "TOKEN";
    endpoint.parser = &parser;
    sources.push_back(endpoint);
  }

  RunCounters run()
  {
    CrawlEngine engine(options, sources, http, backend, clock, clock, log);
    const RunCounters counters = engine.run(std::stop_source().get_token());
    end_reason = engine.end_reason();
    return counters;
  }
};

// One GitHub source, anonymous, four requests in flight at most.
struct GithubWorld : EngineWorld {
  GithubWorld() { add_source(Source::github, k_github, HostPolicy{HostKind::github, 4, 0ms, 0, 0s, 0}); }
};

}  // namespace

TEST_SUITE("crawler::CrawlEngine on a fake clock")
{
  TEST_CASE("a 429 with Retry-After: 2 sends the retry exactly 2 s later, not counted as an attempt")
  {
    GithubWorld w;
    const std::string url = k_github + "/users/ana";
    w.backend.add(Source::github, "github.user", url);
    w.http.script(url, {429, {{"Retry-After", "2"}}, ""});
    w.http.script(url, {200, {}, "{}"});
    const auto started = w.clock.now();
    const RunCounters counters = w.run();
    const auto times = w.http.sent_times(url);
    REQUIRE(times.size() == 2);
    CHECK(times[0] == started);
    CHECK(times[1] - times[0] == 2s);
    CHECK(w.clock.slept() == 2s);
    CHECK(counters.tasks_done == 1);
    CHECK(counters.retries == 0);
    CHECK(w.backend.entry(url).task.attempts == 0);
    CHECK(w.end_reason == scout::model::EndReason::drained);
  }

  TEST_CASE("a 403 with X-RateLimit-Remaining: 0 holds the bucket until the reset plus a second")
  {
    GithubWorld w;
    const std::string url = k_github + "/users/ana";
    const std::string other = k_github + "/users/bob";
    w.backend.add(Source::github, "github.user", url);
    const std::int64_t reset = scout::to_unix_seconds(w.clock.now()) + 10;
    w.http.script(url, {403,
                        {{"X-RateLimit-Limit", "5000"},
                         {"X-RateLimit-Remaining", "0"},
                         {"X-RateLimit-Reset", std::to_string(reset)},
                         {"X-RateLimit-Resource", "core"}},
                        R"({"message": "API rate limit exceeded"})"});
    w.http.script(url, {200, {}, "{}"});
    w.http.script(other, {200, {}, "{}"});
    // Queued while the bucket is paused: it too waits for the reset.
    w.backend.add(Source::github, "github.user", other, scout::to_unix_millis(w.clock.now()) + 1);
    const RunCounters counters = w.run();
    const auto reset_plus_one = FakeClock::from_unix(reset + 1);
    REQUIRE(w.http.sent_times(url).size() == 2);
    CHECK(w.http.sent_times(url)[1] == reset_plus_one);
    REQUIRE(w.http.sent_times(other).size() == 1);
    CHECK(w.http.sent_times(other)[0] == reset_plus_one);
    CHECK(counters.tasks_done == 2);
    CHECK(counters.wait_seconds.at("api.github.com|anonymous|core") == doctest::Approx(11.0));
  }

  TEST_CASE("arXiv requests start at least its minimum interval apart, and no later")
  {
    EngineWorld w;
    w.add_source(Source::arxiv, k_arxiv, HostPolicy{HostKind::arxiv, 1, 3000ms, 0, 0s, 0});
    for (int page = 0; page < 3; ++page) {
      const std::string url = k_arxiv + "/query?search_query=cat:cs.LG&start=" + std::to_string(page * 100);
      w.backend.add(Source::arxiv, "arxiv.query_page", url);
      w.http.script(url, {200, {}, "<feed/>"});
    }
    const auto started = w.clock.now();
    const RunCounters counters = w.run();
    REQUIRE(w.http.sent().size() == 3);
    CHECK(w.http.sent()[0].at == started);
    CHECK(w.http.sent()[1].at == started + 3s);
    CHECK(w.http.sent()[2].at == started + 6s);
    CHECK(counters.tasks_done == 3);
    for (const auto& [bucket, seconds] : counters.wait_seconds) {
      CAPTURE(bucket);
      CHECK(seconds == 0.0);  // pacing is not a pause
    }
  }

  TEST_CASE("a 503 retries after the backoff on the clock, counting each attempt")
  {
    GithubWorld w;
    const std::string url = k_github + "/users/ana";
    w.backend.add(Source::github, "github.user", url);
    w.http.script(url, {503, {}, ""});
    w.http.script(url, {503, {}, ""});
    w.http.script(url, {200, {}, "{}"});
    const RunCounters counters = w.run();
    const auto times = w.http.sent_times(url);
    REQUIRE(times.size() == 3);
    CHECK(times[1] > times[0]);
    CHECK(times[2] > times[1]);
    CHECK(times[2] - times[0] <= 2s);  // two backoffs capped at 1 s each
    CHECK(counters.retries == 2);
    CHECK(counters.status_5xx == 2);
    CHECK(w.backend.entry(url).state == State::done);
  }

  TEST_CASE("a task due beyond max_idle_wait ends the run as idle without sleeping")
  {
    GithubWorld w;
    w.options.max_idle_wait = 60s;
    w.backend.add(Source::github, "github.user", k_github + "/users/ana", scout::to_unix_millis(w.clock.now() + 61s));
    w.run();
    CHECK(w.end_reason == scout::model::EndReason::idle);
    CHECK(w.clock.slept() == 0ms);
    CHECK(w.http.sent().empty());
    CHECK(w.backend.entry(k_github + "/users/ana").state == State::pending);
  }

  TEST_CASE("a task due within max_idle_wait is waited for on the clock and then fetched")
  {
    GithubWorld w;
    const std::string url = k_github + "/users/ana";
    w.backend.add(Source::github, "github.user", url, scout::to_unix_millis(w.clock.now() + 45s));
    w.http.script(url, {200, {}, "{}"});
    const auto started = w.clock.now();
    w.run();
    REQUIRE(w.http.sent().size() == 1);
    CHECK(w.http.sent()[0].at == started + 45s);
    CHECK(w.end_reason == scout::model::EndReason::drained);
  }
}
