// Which source, host and credential a rate-limit budget seen in an archived response belongs
// to (crawler::stated_budgets, shown by `scout status`): decided from the sources' API URLs
// and the runs' bucket ids, so app/ never parses a URL.
#include "crawler/http/stated_budgets.hpp"

#include <doctest/doctest.h>

using scout::crawler::ArchivedRateHeaders;
using scout::crawler::SourceApi;
using scout::crawler::StatedBudget;
using scout::model::Source;

namespace {

// 2026-12-01T02:30:00Z and a GitHub reset an hour later.
constexpr std::int64_t k_seen_ms = 1'796'092'200'000;

ArchivedRateHeaders github_answer(const std::string& url, int remaining)
{
  ArchivedRateHeaders answer{url, k_seen_ms, {}};
  answer.headers.add("X-RateLimit-Limit", "5000");
  answer.headers.add("X-RateLimit-Remaining", std::to_string(remaining));
  answer.headers.add("X-RateLimit-Reset", "1796095800");
  answer.headers.add("X-RateLimit-Resource", "core");
  return answer;
}

ArchivedRateHeaders hub_answer(const std::string& url)
{
  ArchivedRateHeaders answer{url, k_seen_ms, {}};
  answer.headers.add("RateLimit", "\"api\";r=480;t=120");
  answer.headers.add("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300");
  return answer;
}

const std::vector<SourceApi> k_real = {{Source::github, "https://api.github.com"},
                                       {Source::huggingface, "https://huggingface.co"},
                                       {Source::arxiv, "https://export.arxiv.org/api/query"}};

}  // namespace

TEST_SUITE("crawler::stated_budgets")
{
  TEST_CASE("each host's newest answer names its source, resource and budget")
  {
    const std::vector<StatedBudget> budgets = stated_budgets(
      {github_answer("https://api.github.com/users/ana", 4711), github_answer("https://api.github.com/users/bo", 4990),
       hub_answer("https://huggingface.co/api/models?author=ana")},
      {}, k_real);
    REQUIRE(budgets.size() == 2);
    CHECK(budgets[0].source == "github");
    CHECK(budgets[0].host == "api.github.com");
    CHECK(budgets[0].resource == "core");
    CHECK(budgets[0].remaining == 4711);  // the newest (first) sighting wins
    CHECK(budgets[0].limit == 5000);
    CHECK(budgets[0].resets_at == "2026-12-01T03:30:01Z");  // GitHub's reset second, plus one to be past it
    CHECK(budgets[0].credential.empty());                   // no run named the bucket
    CHECK(budgets[1].source == "huggingface");
    CHECK(budgets[1].resource == "api");
    CHECK(budgets[1].remaining == 480);
    CHECK(budgets[1].resets_at == "2026-12-01T02:32:00Z");  // t= counts from when the answer came
  }

  TEST_CASE("a host two sources share is told apart by header style, a host no source uses is named itself")
  {
    const std::vector<SourceApi> shared = {{Source::github, "http://127.0.0.1:9001"},
                                           {Source::huggingface, "http://127.0.0.1:9001/"}};
    const std::vector<StatedBudget> budgets =
      stated_budgets({github_answer("http://127.0.0.1:9001/users/a", 10), hub_answer("http://127.0.0.1:9001/api/x"),
                      github_answer("http://127.0.0.1:7777/users/b", 3)},
                     {}, shared);
    REQUIRE(budgets.size() == 3);
    CHECK(budgets[0].source == "127.0.0.1:7777");
    CHECK(budgets[1].source == "github");
    CHECK(budgets[2].source == "huggingface");
  }

  TEST_CASE("the credential comes from the newest run that drew from the bucket")
  {
    const std::vector<std::string> runs = {
      R"({"api.github.com|GITHUB_TOKEN#1|core": 4.5})",
      R"({"api.github.com|GITHUB_TOKEN#2|core": 0, "api.github.com|GITHUB_TOKEN#3|core": 0})", "not json"};
    CHECK(stated_budgets({github_answer("https://api.github.com/users/ana", 1)}, runs, k_real).at(0).credential
          == "GITHUB_TOKEN#1");
    CHECK(stated_budgets({github_answer("https://api.github.com/users/ana", 1)}, {runs[1]}, k_real).at(0).credential
          == "one of GITHUB_TOKEN#2, GITHUB_TOKEN#3");
  }

  TEST_CASE("an answer without rate-limit headers states no budget")
  {
    CHECK(stated_budgets({{"https://api.github.com/users/ana", k_seen_ms, {}}}, {}, k_real).empty());
  }
}
