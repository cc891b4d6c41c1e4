#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::Request;
using scout::test_github::run;
using scout::test_github::task_urls;

TEST_SUITE("crawler::github::repo")
{
  TEST_CASE("a repository gives one record with license, topics and counts")
  {
    const auto output = run({"github.repo", "https://api.github.com/repos/acme-ai/tiny-llm", fixture("repo.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_repos.size() == 1);
    const auto& repo = output.records.github_repos[0];
    CHECK(repo.id == 700001);
    CHECK(repo.full_name == "acme-ai/tiny-llm");
    CHECK(repo.owner_login == "acme-ai");
    CHECK(repo.owner_type == "Organization");
    CHECK(repo.name == "tiny-llm");
    CHECK(repo.description == "A tiny LLM trainer — schnell & klein");
    CHECK(repo.language == "Python");
    CHECK(repo.license == "Apache-2.0");
    CHECK(repo.created_at == "2023-01-15T09:30:00Z");
    CHECK(repo.pushed_at == "2024-10-01T12:00:00Z");
    CHECK_FALSE(repo.fork);
    CHECK_FALSE(repo.archived);
    CHECK(repo.stargazers_count == 15321);
    CHECK(repo.forks_count == 1532);
    CHECK(repo.topics == std::vector<std::string>{"llm", "transformers", "pytorch"});
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("null license, language, description and pushed_at and absent topics read as empty")
  {
    const auto output =
      run({"github.repo", "https://api.github.com/repos/ana-ml/scratch", fixture("repo_no_license.json")});
    REQUIRE(output.error.empty());
    const auto& repo = output.records.github_repos.at(0);
    CHECK(repo.license.empty());
    CHECK(repo.language.empty());
    CHECK(repo.description.empty());
    CHECK(repo.pushed_at.empty());
    CHECK(repo.topics.empty());
    CHECK(repo.stargazers_count == 0);
  }
}

TEST_SUITE("crawler::github::user_repos")
{
  const std::string k_url = "https://api.github.com/users/ana-ml/repos?per_page=100&sort=pushed";

  TEST_CASE("every repository is recorded, READMEs are fetched for the most-starred own repositories")
  {
    Request request{"github.user_repos", k_url, fixture("user_repos_page.json")};
    request.readme_top_repos = 3;
    const auto output = run(request);
    REQUIRE(output.error.empty());
    const auto& repos = output.records.github_repos;
    REQUIRE(repos.size() == 7);
    CHECK(repos[1].fork);
    CHECK(repos[1].description == "🤗 Transformers (fork)");
    CHECK(repos[2].license.empty());
    CHECK(repos[3].license == "other");  // spdx_id NOASSERTION falls back to the key
    CHECK(repos[3].description == "Tokenizers für alle Sprachen");
    CHECK(repos[4].archived);
    // The fork (99,999 stars) and the zero-star repository are skipped; ties keep page order.
    CHECK(task_urls(output, "github.readme")
          == std::vector<std::string>{"https://api.github.com/repos/ana-ml/eval-harness-mini/readme",
                                      "https://api.github.com/repos/ana-ml/dpo-lite/readme",
                                      "https://api.github.com/repos/ana-ml/tokenizer-zoo/readme"});
    CHECK(task_urls(output, "github.user_repos").empty());
  }

  TEST_CASE("readme_top_repos bounds the README tasks")
  {
    Request request{"github.user_repos", k_url, fixture("user_repos_page.json")};
    SUBCASE("more than there are candidates")
    {
      request.readme_top_repos = 10;
      CHECK(task_urls(run(request), "github.readme").size() == 5);
    }
    SUBCASE("none")
    {
      request.readme_top_repos = 0;
      CHECK(task_urls(run(request), "github.readme").empty());
    }
  }

  TEST_CASE("the next page is followed as its own task")
  {
    Request request{"github.user_repos", k_url, fixture("user_repos_page.json")};
    request.link =
      "<https://api.github.com/user/1001/repos?per_page=100&sort=pushed&page=2>; rel=\"next\", "
      "<https://api.github.com/user/1001/repos?per_page=100&sort=pushed&page=3>; rel=\"last\"";
    const auto output = run(request);
    CHECK(task_urls(output, "github.user_repos")
          == std::vector<std::string>{"https://api.github.com/user/1001/repos?per_page=100&sort=pushed&page=2"});
  }
}
