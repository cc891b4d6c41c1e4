#include "crawler/http/response_policy.hpp"
#include "support/fake_clock.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <initializer_list>
#include <string>
#include <utility>

using namespace std::chrono_literals;
using scout::crawler::classify;
using scout::crawler::error_message;
using scout::crawler::HttpResponse;
using scout::crawler::PolicyLimits;
using scout::crawler::Rng;
using scout::crawler::TransportError;
using scout::crawler::Verdict;
using scout::crawler::VerdictKind;
using scout::testing::FakeClock;

namespace {

const char* const k_url = "https://api.github.com/repos/a/b";

HttpResponse reply(long status, std::string body = "",
                   std::initializer_list<std::pair<const char*, std::string>> headers = {})
{
  HttpResponse result;
  result.url = k_url;
  result.status = status;
  result.body = std::move(body);
  for (const auto& [name, value] : headers) {
    result.headers.add(name, value);
  }
  return result;
}

HttpResponse transport_failure(TransportError error)
{
  HttpResponse result;
  result.url = k_url;
  result.error = error;
  result.error_message = "curl said so";
  return result;
}

Verdict judge(const HttpResponse& response, int attempts = 0, int secondary_hits = 0)
{
  const FakeClock clock;
  Rng rng(3);
  return classify(response, attempts, PolicyLimits{}, clock.now(), rng, secondary_hits);
}

}  // namespace

TEST_SUITE("crawler::classify")
{
  TEST_CASE("status codes map to verdicts")
  {
    struct Row {
      HttpResponse response;
      VerdictKind kind;
    };
    const Row rows[] = {
      {reply(200, "{}"), VerdictKind::ok},
      {reply(204), VerdictKind::ok},
      {reply(304), VerdictKind::not_modified},
      {reply(301, "", {{"Location", "/repositories/1"}}), VerdictKind::redirect},
      {reply(302), VerdictKind::fail},
      {reply(404, R"({"message":"Not Found"})"), VerdictKind::absent},
      {reply(410), VerdictKind::absent},
      {reply(202, "{}"), VerdictKind::retry},
      {reply(500), VerdictKind::retry},
      {reply(503), VerdictKind::retry},
      {reply(400), VerdictKind::fail},
      {reply(401, R"({"message":"Bad credentials"})"), VerdictKind::fail},
      {reply(422), VerdictKind::fail},
      {transport_failure(TransportError::timeout), VerdictKind::retry},
      {transport_failure(TransportError::connect), VerdictKind::retry},
      {transport_failure(TransportError::truncated), VerdictKind::retry},
      {transport_failure(TransportError::too_large), VerdictKind::fail},
    };
    for (const Row& row : rows) {
      CAPTURE(row.response.status);
      CAPTURE(static_cast<int>(row.response.error));
      CHECK(to_string(judge(row.response).kind) == to_string(row.kind));
    }
  }

  TEST_CASE("a redirect carries the absolute target")
  {
    const Verdict verdict = judge(reply(301, "", {{"location", "/repositories/42"}}));
    CHECK(verdict.location == "https://api.github.com/repositories/42");
  }

  TEST_CASE("failures quote the JSON message or the start of the body")
  {
    CHECK(judge(reply(422, R"({"message":"Validation Failed","errors":[]})")).reason
          == "HTTP 422 from GET https://api.github.com/repos/a/b: Validation Failed");
    CHECK(judge(reply(400, "<html>Bad</html>")).reason
          == "HTTP 400 from GET https://api.github.com/repos/a/b: <html>Bad</html>");
    CHECK(judge(reply(400)).reason == "HTTP 400 from GET https://api.github.com/repos/a/b");
    CHECK(judge(transport_failure(TransportError::too_large)).reason
          == "response too large from GET https://api.github.com/repos/a/b: curl said so");
  }

  TEST_CASE("error_message reads message or error fields, else 200 bytes of body")
  {
    CHECK(error_message(R"({"error":"Repository not found"})") == "Repository not found");
    CHECK(error_message(R"({"message":42})") == R"({"message":42})");
    CHECK(error_message(std::string(300, 'x')) == std::string(200, 'x'));
    CHECK(error_message("<feed><entry><id>https://arxiv.org/api/errors#x</id><title>Error</title>"
                        "<summary>incorrect id format for abc</summary></entry></feed>")
          == "arXiv error: incorrect id format for abc");
    // 199 ASCII bytes then a two-byte character: the cut moves before it.
    CHECK(error_message(std::string(199, 'x') + "\xc3\xa9tail") == std::string(199, 'x'));
    CHECK(error_message("") == "");
  }

  TEST_CASE("retries back off with jitter until the attempts run out")
  {
    const FakeClock clock;
    PolicyLimits limits;
    limits.max_attempts = 3;
    limits.backoff = {1000ms, 60000ms};
    Rng rng(11);
    const Verdict first = classify(reply(502), 0, limits, clock.now(), rng);
    CHECK(first.kind == VerdictKind::retry);
    CHECK(first.retry_at >= clock.now());
    CHECK(first.retry_at <= clock.now() + 1000ms);
    const Verdict second = classify(reply(502), 1, limits, clock.now(), rng);
    CHECK(second.kind == VerdictKind::retry);
    CHECK(second.retry_at <= clock.now() + 2000ms);
    const Verdict last = classify(reply(502), 2, limits, clock.now(), rng);
    CHECK(last.kind == VerdictKind::fail);
    CHECK(last.reason == "HTTP 502 from GET https://api.github.com/repos/a/b (gave up after 3 attempts)");
    const Verdict timeout = classify(transport_failure(TransportError::timeout), 2, limits, clock.now(), rng);
    CHECK(timeout.kind == VerdictKind::fail);
  }

  TEST_CASE("503 with Retry-After retries no earlier than asked")
  {
    const Verdict verdict = judge(reply(503, "", {{"Retry-After", "120"}}));
    CHECK(verdict.kind == VerdictKind::retry);
    CHECK(verdict.retry_at == FakeClock().now() + 120s);
  }

  TEST_CASE("rate limits wait without counting an attempt")
  {
    const FakeClock clock;
    SUBCASE("429 Retry-After in seconds waits exactly that")
    {
      const Verdict verdict = judge(reply(429, "", {{"Retry-After", "2"}}), 4);
      CHECK(verdict.kind == VerdictKind::wait);
      CHECK(verdict.retry_at == clock.now() + 2s);
      CHECK(verdict.reason == "429 Retry-After 2 s");
      CHECK(verdict.pause.until == verdict.retry_at);
    }
    SUBCASE("Retry-After as an HTTP date")
    {
      const Verdict verdict = judge(reply(429, "", {{"Retry-After", "Tue, 14 Nov 2023 22:15:00 GMT"}}));
      CHECK(verdict.kind == VerdictKind::wait);
      CHECK(verdict.retry_at == clock.now() + 100s);
    }
    SUBCASE("GitHub 403 with X-RateLimit-Remaining 0 waits until the reset plus a second")
    {
      const Verdict verdict = judge(reply(403, R"({"message":"API rate limit exceeded for 1.2.3.4."})",
                                          {{"X-RateLimit-Limit", "60"},
                                           {"X-RateLimit-Remaining", "0"},
                                           {"X-RateLimit-Reset", "1700000900"},
                                           {"X-RateLimit-Resource", "search"}}));
      CHECK(verdict.kind == VerdictKind::wait);
      CHECK(verdict.retry_at == FakeClock::from_unix(1700000901));
      CHECK(verdict.pause.resource == "search");
      CHECK_FALSE(verdict.pause.whole_credential);
    }
    SUBCASE("Hugging Face 429 waits for RateLimit t=")
    {
      const Verdict verdict = judge(reply(429, "", {{"RateLimit", "\"api\";r=0;t=55"}}));
      CHECK(verdict.kind == VerdictKind::wait);
      CHECK(verdict.retry_at == clock.now() + 55s);
      CHECK(verdict.pause.resource == "api");
    }
    SUBCASE("a bare 429 waits at least a minute")
    {
      const Verdict verdict = judge(reply(429));
      CHECK(verdict.kind == VerdictKind::wait);
      CHECK(verdict.retry_at == clock.now() + 60s);
    }
  }

  TEST_CASE("secondary limits wait at least 60 s, doubling with consecutive hits")
  {
    const FakeClock clock;
    const std::string secondary =
      R"({"message":"You have exceeded a secondary rate limit. Please wait a few minutes."})";
    const std::string abuse = R"({"message":"You have triggered an abuse detection mechanism."})";
    // GitHub keeps sending its primary headers with budget left.
    const auto primary = std::initializer_list<std::pair<const char*, std::string>>{
      {"X-RateLimit-Remaining", "4990"}, {"X-RateLimit-Reset", "1700003600"}};
    struct Row {
      HttpResponse response;
      int hits;
      std::chrono::seconds wait;
    };
    const Row rows[] = {
      {reply(403, secondary, primary), 0, 60s},
      {reply(403, secondary, primary), 1, 120s},
      {reply(429, abuse), 2, 240s},
      {reply(403, secondary), 10, 1800s},
    };
    for (const Row& row : rows) {
      CAPTURE(row.hits);
      const Verdict verdict = judge(row.response, 0, row.hits);
      CHECK(verdict.kind == VerdictKind::wait);
      CHECK(verdict.retry_at == clock.now() + row.wait);
      CHECK(verdict.pause.whole_credential);
      CHECK(verdict.pause.secondary);
    }
    const Verdict told = judge(reply(403, secondary, {{"Retry-After", "30"}}), 0, 3);
    CHECK(told.retry_at == clock.now() + 30s);
  }

  TEST_CASE("a 202 from stats/contributors is retried with backoff, and never fails")
  {
    const Verdict first = judge(reply(202, "{}"));
    CHECK(first.kind == VerdictKind::retry);
    CHECK(first.reason == "HTTP 202 from GET https://api.github.com/repos/a/b: {} (still being computed)");
    const Verdict last = judge(reply(202, "{}"), PolicyLimits{}.max_attempts - 1);
    CHECK(last.kind == VerdictKind::absent);
    CHECK(last.reason
          == "HTTP 202 from GET https://api.github.com/repos/a/b: {} (still being computed after 5 attempts)");
  }

  // GitHub's answer for a repository whose history is too large to list contributors.
  TEST_CASE("the 'contributor list is too large' 403 is a permanent answer, not a rate limit")
  {
    const std::string too_large =
      R"({"message":"The history or contributor list is too large to list contributors for this repository via the API.",)"
      R"("documentation_url":"https://docs.github.com/rest/repos/repos#list-repository-contributors"})";
    const Verdict verdict =
      judge(reply(403, too_large, {{"X-RateLimit-Remaining", "4990"}, {"X-RateLimit-Reset", "1700003600"}}), 0, 2);
    CHECK(verdict.kind == VerdictKind::absent);
    CHECK(verdict.pause.until == std::chrono::system_clock::time_point{});
    CHECK(scout::crawler::is_contributor_list_too_large(reply(403, too_large)));
    // A secondary limit on the same endpoint still waits.
    const std::string secondary =
      R"({"message":"You have exceeded a secondary rate limit. Please wait a few minutes."})";
    CHECK_FALSE(scout::crawler::is_contributor_list_too_large(reply(403, secondary)));
    CHECK(judge(reply(403, secondary)).kind == VerdictKind::wait);
    CHECK_FALSE(scout::crawler::is_contributor_list_too_large(reply(404, too_large)));
  }

  TEST_CASE("a 403 that is not a rate limit fails at once")
  {
    const Verdict verdict = judge(reply(403, R"({"message":"Resource not accessible by integration"})",
                                        {{"X-RateLimit-Remaining", "4999"}, {"X-RateLimit-Reset", "1700003600"}}));
    CHECK(verdict.kind == VerdictKind::fail);
    CHECK(verdict.reason
          == "HTTP 403 from GET https://api.github.com/repos/a/b: Resource not accessible by integration");
  }
}
