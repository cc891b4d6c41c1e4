#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::k_task_id;
using scout::test_github::Request;
using scout::test_github::run;
using scout::test_github::task_urls;

namespace {

const std::string k_first_page = "https://api.github.com/repos/acme-ai/tiny-llm/contributors?per_page=100";

}  // namespace

TEST_SUITE("crawler::github::repo_contributors")
{
  TEST_CASE("people get a short record, a contribution and a github.user task, bots and anonymous rows do not")
  {
    const auto output = run({"github.repo_contributors", k_first_page, fixture("contributors_page1.json")});
    REQUIRE(output.error.empty());
    const auto& users = output.records.github_users;
    REQUIRE(users.size() == 2);
    CHECK(users[0].login == "ana-ml");
    CHECK(users[0].github_id == 1001);
    CHECK(users[0].type == "User");
    CHECK_FALSE(users[0].full);
    CHECK(users[1].login == "bo-zhang");

    const auto& contributions = output.records.github_contributions;
    REQUIRE(contributions.size() == 2);
    CHECK(contributions[0].repo_full_name == "acme-ai/tiny-llm");
    CHECK(contributions[0].login == "ana-ml");
    CHECK(contributions[0].contributions == 412);
    CHECK(contributions[1].contributions == 18);

    CHECK(task_urls(output, "github.user")
          == std::vector<std::string>{"https://api.github.com/users/ana-ml", "https://api.github.com/users/bo-zhang"});
    for (const auto& task : output.new_tasks) {
      CHECK(task.parent_id == k_task_id);
      CHECK(task.source == scout::model::Source::github);
    }
    CHECK(output.new_tasks.size() == 2);  // no Link header: last page
  }

  TEST_CASE("a /repositories/{id} next link gets scout_repo so later pages know their repository")
  {
    Request request{"github.repo_contributors", k_first_page, fixture("contributors_page1.json")};
    request.link =
      "<https://api.github.com/repositories/700001/contributors?per_page=100&page=2>; rel=\"next\", "
      "<https://api.github.com/repositories/700001/contributors?per_page=100&page=4>; rel=\"last\"";
    const auto output = run(request);
    REQUIRE(output.error.empty());
    CHECK(task_urls(output, "github.repo_contributors")
          == std::vector<std::string>{
            "https://api.github.com/repositories/700001/contributors?per_page=100&page=2&scout_repo=acme-ai/tiny-llm"});
  }

  TEST_CASE("a page read from a scout_repo URL credits that repository and carries the parameter on")
  {
    Request request{
      "github.repo_contributors",
      "https://api.github.com/repositories/700001/contributors?per_page=100&page=2&scout_repo=acme-ai/tiny-llm",
      fixture("contributors_page2.json")};
    SUBCASE("next link without the parameter")
    {
      request.link = "<https://api.github.com/repositories/700001/contributors?per_page=100&page=3>; rel=\"next\"";
    }
    SUBCASE("next link that already kept it")
    {
      request.link =
        "<https://api.github.com/repositories/700001/contributors?per_page=100&page=3&scout_repo=acme-ai/tiny-llm>; "
        "rel=\"next\"";
    }
    const auto output = run(request);
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_contributions.size() == 1);
    CHECK(output.records.github_contributions[0].repo_full_name == "acme-ai/tiny-llm");
    CHECK(output.records.github_contributions[0].login == "lukasz-w");
    CHECK(task_urls(output, "github.repo_contributors")
          == std::vector<std::string>{
            "https://api.github.com/repositories/700001/contributors?per_page=100&page=3&scout_repo=acme-ai/tiny-llm"});
  }

  TEST_CASE("a /repos/{o}/{r} next link is followed exactly as given")
  {
    Request request{"github.repo_contributors", k_first_page, fixture("contributors_page2.json")};
    request.link = "<https://api.github.com/repos/acme-ai/tiny-llm/contributors?per_page=100&page=2>; rel=\"next\"";
    const auto output = run(request);
    CHECK(
      task_urls(output, "github.repo_contributors")
      == std::vector<std::string>{"https://api.github.com/repos/acme-ai/tiny-llm/contributors?per_page=100&page=2"});
  }

  TEST_CASE("a next link to another origin fails the page naming the link, and nothing of it is kept")
  {
    Request request{"github.repo_contributors", k_first_page, fixture("contributors_page2.json")};
    request.link = "<http://other-host/repos/acme-ai/tiny-llm/contributors?per_page=100&page=2>; rel=\"next\"";
    const auto output = run(request);
    CHECK(output.error.find("leaves the API's origin (http://other-host/repos/acme-ai/tiny-llm/contributors")
          != std::string::npos);
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("a /repositories/{id} page without scout_repo is an error: its rows could be credited to no repository")
  {
    const auto output =
      run({"github.repo_contributors", "https://api.github.com/repositories/700001/contributors?per_page=100&page=2",
           fixture("contributors_page2.json")});
    CHECK(output.error.find("scout_repo") != std::string::npos);
    CHECK(output.records.empty());
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("follow-ups are built on the configured API base")
  {
    // The fixture's own URLs say api.github.com; the replay server is elsewhere.
    scout::crawler::Headers headers;
    const std::string body = fixture("contributors_page2.json");
    scout::model::Task task{5,
                            scout::model::Source::github,
                            "github.repo_contributors",
                            "http://127.0.0.1:9000/repos/acme-ai/tiny-llm/contributors?per_page=100",
                            0,
                            0};
    const scout::crawler::FetchedPage page{task.url, 200, &headers, body};
    const auto output = scout::crawler::GithubParser({"http://127.0.0.1:9000", 5}).parse(task, page);
    REQUIRE(output.new_tasks.size() == 1);
    CHECK(output.new_tasks[0].url == "http://127.0.0.1:9000/users/lukasz-w");
    CHECK(output.new_tasks[0].parent_id == 5);
  }
}
