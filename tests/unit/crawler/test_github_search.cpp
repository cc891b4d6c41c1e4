#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::Request;
using scout::test_github::run;
using scout::test_github::task_urls;

TEST_SUITE("crawler::github::user_search")
{
  const std::string k_url = "https://api.github.com/search/users?q=llm+followers%3A%3E100&per_page=100";

  TEST_CASE("people found become github.user tasks, organizations are skipped")
  {
    const auto output = run({"github.user_search", k_url, fixture("search_users_page1.json")});
    REQUIRE(output.error.empty());
    CHECK(task_urls(output, "github.user")
          == std::vector<std::string>{"https://api.github.com/users/ana-ml", "https://api.github.com/users/bo-zhang",
                                      "https://api.github.com/users/li-ming"});
    CHECK(output.records.empty());
  }

  TEST_CASE("more than 1,000 matches is noted once, on the first page")
  {
    Request request{"github.user_search", k_url, fixture("search_users_page1.json")};
    request.link =
      "<https://api.github.com/search/users?q=llm+followers%3A%3E100&per_page=100&page=2>; rel=\"next\", "
      "<https://api.github.com/search/users?q=llm+followers%3A%3E100&per_page=100&page=10>; rel=\"last\"";
    const auto first = run(request);
    REQUIRE(first.notes.size() == 1);
    CHECK(first.notes[0]
          == "GitHub user search 'llm followers:>100' matched 4821 users; the API returns at most 1,000");
    CHECK(
      task_urls(first, "github.user_search")
      == std::vector<std::string>{"https://api.github.com/search/users?q=llm+followers%3A%3E100&per_page=100&page=2"});

    request.url = "https://api.github.com/search/users?q=llm+followers%3A%3E100&per_page=100&page=2";
    request.link.clear();
    const auto second = run(request);
    CHECK(second.notes.empty());
    CHECK(task_urls(second, "github.user_search").empty());
  }

  TEST_CASE("incomplete results are noted on any page")
  {
    const auto output = run({"github.user_search", k_url, fixture("search_users_incomplete.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.notes.size() == 1);
    CHECK(output.notes[0].find("incomplete_results") != std::string::npos);
    CHECK(output.notes[0].find("'llm followers:>100'") != std::string::npos);
    CHECK(task_urls(output, "github.user").size() == 1);
  }

  TEST_CASE("a search answer without items is an error")
  {
    const auto output = run({"github.user_search", k_url, fixture("search_users_items_missing.json")});
    CHECK(output.error == k_url + ": field 'items': expected array, got nothing");
  }
}
