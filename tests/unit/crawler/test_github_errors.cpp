#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::Request;
using scout::test_github::run;

namespace {

const std::string k_contributors = "https://api.github.com/repos/acme-ai/tiny-llm/contributors?per_page=100";

// A failed parse keeps nothing of what it read before the problem.
void check_nothing_kept(const scout::crawler::ParseOutput& output)
{
  CHECK(output.records.empty());
  CHECK(output.new_tasks.empty());
  CHECK(output.notes.empty());
}

}  // namespace

TEST_SUITE("crawler::github::errors")
{
  TEST_CASE("a missing required field names the URL and the field")
  {
    const std::string url = "https://api.github.com/users/ana-ml";
    const auto output = run({"github.user", url, fixture("user_missing_login.json")});
    CHECK(output.error == url + ": field 'login': expected string, got nothing");
    check_nothing_kept(output);
  }

  TEST_CASE("a field of the wrong type names the item, the field and both types")
  {
    SUBCASE("id as a string")
    {
      const auto output = run({"github.repo_contributors", k_contributors, fixture("contributors_id_string.json")});
      CHECK(output.error == k_contributors + ": field 'id' of item 2: expected integer, got string");
      check_nothing_kept(output);
    }
    SUBCASE("contributions as a string")
    {
      const auto output = run({"github.repo_contributors", k_contributors, fixture("contributors_count_string.json")});
      CHECK(output.error == k_contributors + ": field 'contributions' of item 1: expected integer, got string");
      check_nothing_kept(output);
    }
    SUBCASE("a nested field")
    {
      const auto output = run({"github.repo", "https://api.github.com/repos/a/b",
                               R"({"id": 1, "name": "b", "full_name": "a/b", "owner": {"id": 3}})"});
      CHECK(output.error == "https://api.github.com/repos/a/b: field 'owner.login': expected string, got nothing");
    }
    SUBCASE("an item that is not an object")
    {
      const auto output =
        run({"github.user_repos", "https://api.github.com/users/a/repos?per_page=100&sort=pushed", "[42]"});
      CHECK(output.error
            == "https://api.github.com/users/a/repos?per_page=100&sort=pushed: item 0: expected object, got integer");
    }
  }

  TEST_CASE("an object where an array is expected, and the other way round")
  {
    SUBCASE("contributors as an object")
    {
      const auto output = run({"github.repo_contributors", k_contributors, fixture("contributors_too_large.json")});
      CHECK(output.error == k_contributors + ": body: expected array, got object");
      check_nothing_kept(output);
    }
    SUBCASE("a user as an array")
    {
      const auto output = run({"github.user", "https://api.github.com/users/ana-ml", "[]"});
      CHECK(output.error == "https://api.github.com/users/ana-ml: body: expected object, got array");
    }
  }

  TEST_CASE("an HTML page with status 200 is not taken for JSON")
  {
    Request request{"github.user", "https://api.github.com/users/ana-ml", fixture("not_json.html")};
    SUBCASE("announced as HTML")
    {
      request.content_type = "text/html; charset=utf-8";
      CHECK(run(request).error == "https://api.github.com/users/ana-ml: expected JSON, got text/html; charset=utf-8: \"<!DOCTYPE html> <html lang=\"en\"> <head><...\"");
    }
    SUBCASE("without a Content-Type")
    {
      request.content_type.clear();
      const std::string error = run(request).error;
      // Not announced, but no JSON text starts with '<': the start of the page says what it is.
      CHECK(
        error
        == "https://api.github.com/users/ana-ml: expected JSON, got \"<!DOCTYPE html> <html lang=\"en\"> <head><...\"");
    }
  }

  TEST_CASE("truncated JSON reports the parser's offset")
  {
    const auto output = run({"github.repo_contributors", k_contributors, R"([{"login": "ana-ml", "id": 1)"});
    CHECK(output.error.find(k_contributors + ": expected JSON, got malformed JSON at byte ") == 0);
    check_nothing_kept(output);
  }

  TEST_CASE("404 and 410 mean absent: empty output, no error")
  {
    for (const long status : {404L, 410L}) {
      CAPTURE(status);
      const auto output =
        run({"github.user", "https://api.github.com/users/gone", R"({"message":"Not Found"})", status});
      CHECK(output.error.empty());
      CHECK(output.records.empty());
      CHECK(output.new_tasks.empty());
    }
  }

  TEST_CASE("204 No Content (an empty repository's contributors) is an empty page")
  {
    const auto output = run({"github.repo_contributors", k_contributors, "", 204});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("a 304 re-parses the archived body even when its headers name no JSON type")
  {
    Request request{"github.user", "https://api.github.com/users/lukasz-w", fixture("user_full.json"), 304};
    request.content_type = "text/plain";
    const auto output = run(request);
    CHECK(output.error.empty());
    CHECK(output.records.github_users.size() == 1);
  }

  TEST_CASE("odd bodies never crash any kind: they fail or give nothing")
  {
    const char* const kinds[] = {"github.repo_contributors", "github.repo",   "github.user",
                                 "github.user_repos",        "github.readme", "github.user_search"};
    const char* const bodies[] = {"null",
                                  "true",
                                  "12",
                                  "\"text\"",
                                  "{}",
                                  "[]",
                                  "[null]",
                                  "[[]]",
                                  "[{}]",
                                  R"({"items": {}})",
                                  R"({"login": 5, "id": null})",
                                  R"({"license": []})",
                                  R"({"content": 3, "encoding": "base64"})",
                                  "[{\"type\": 7}]",
                                  ""};
    for (const char* kind : kinds) {
      for (const char* body : bodies) {
        CAPTURE(kind);
        CAPTURE(body);
        const auto output = run({kind, "https://api.github.com/repos/a/b/x", body});
        if (!output.error.empty()) {
          check_nothing_kept(output);
        }
      }
    }
  }

  TEST_CASE("an unknown kind is an error")
  {
    const auto output = run({"github.stargazers", "https://api.github.com/repos/a/b/stargazers", "[]"});
    CHECK(output.error == "github parser: unknown task kind github.stargazers");
  }
}
