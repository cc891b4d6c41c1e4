#include "crawler/github/github_urls.hpp"

#include <doctest/doctest.h>

using namespace scout::crawler::github;

TEST_SUITE("crawler::github::urls")
{
  TEST_CASE("follow-up URLs percent-encode logins and repository names")
  {
    CHECK(user_url("https://api.github.com", "shipit[bot]") == "https://api.github.com/users/shipit%5Bbot%5D");
    CHECK(user_repos_url("http://127.0.0.1:9000", "ana-ml")
          == "http://127.0.0.1:9000/users/ana-ml/repos?per_page=100&sort=pushed");
    CHECK(readme_url("https://api.github.com", "acme-ai/tiny.llm")
          == "https://api.github.com/repos/acme-ai/tiny.llm/readme");
  }

  TEST_CASE("repo_from_path reads /repos/{owner}/{name} anywhere in the path")
  {
    CHECK(repo_from_path("https://api.github.com/repos/acme-ai/tiny-llm/contributors?per_page=100")
          == "acme-ai/tiny-llm");
    CHECK(repo_from_path("https://ghe.example.com/api/v3/repos/a/b") == "a/b");
    CHECK_FALSE(repo_from_path("https://api.github.com/repositories/1/contributors").has_value());
    CHECK_FALSE(repo_from_path("https://api.github.com/repos/only-owner").has_value());
  }

  TEST_CASE("query_param decodes values and tells absent from empty")
  {
    const std::string url = "https://api.github.com/search/users?q=llm+language%3APython&page=&per_page=100#x";
    CHECK(query_param(url, "q") == "llm language:Python");
    CHECK(query_param(url, "page") == "");
    CHECK(query_param(url, "per_page") == "100");
    CHECK_FALSE(query_param(url, "sort").has_value());
  }

  TEST_CASE("with_query_param appends with the right separator")
  {
    CHECK(with_query_param("http://h/p", "a", "b") == "http://h/p?a=b");
    CHECK(with_query_param("http://h/p?x=1", "scout_repo", "o/r") == "http://h/p?x=1&scout_repo=o/r");
  }

  TEST_CASE("percent_decode keeps malformed escapes")
  {
    CHECK(percent_decode("%C5%81ukasz", false) == "Łukasz");
    CHECK(percent_decode("100%", false) == "100%");
    CHECK(percent_decode("a+b%2", true) == "a b%2");
    CHECK(percent_decode("a+b", false) == "a+b");
  }
}
