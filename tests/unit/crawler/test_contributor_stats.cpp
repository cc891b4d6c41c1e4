#include "common/strings.hpp"
#include "crawler/github/contributor_stats.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::github::contributors_truncated;
using scout::crawler::github::ContributorStatsAnswer;
using scout::crawler::github::read_contributor_stats;

namespace {

std::string fixture(const std::string& name)
{
  return scout::read_file(std::string(SCOUT_FIXTURES_DIR) + "/github/" + name);
}

}  // namespace

TEST_SUITE("crawler::github::contributor_stats")
{
  TEST_CASE("weekly counts give each person's commits and first and last active week")
  {
    const ContributorStatsAnswer answer = read_contributor_stats(200, fixture("stats_contributors.json"));
    REQUIRE(answer.error.empty());
    CHECK_FALSE(answer.computing);
    // The bot and the deleted account (author null) are not people.
    REQUIRE(answer.authors.size() == 2);
    CHECK(answer.authors[0].login == "ana-ml");
    CHECK(answer.authors[0].commits == 9);
    CHECK(answer.authors[0].first_week == "2024-01-14");
    CHECK(answer.authors[0].last_week == "2024-01-28");
    // Listed with no commit in any week: no dates.
    CHECK(answer.authors[1].login == "Bo-Chen");
    CHECK(answer.authors[1].commits == 0);
    CHECK(answer.authors[1].first_week.empty());
    CHECK(answer.authors[1].last_week.empty());
  }

  TEST_CASE("202 while GitHub computes is 'ask again later', not an error")
  {
    for (const char* body : {"{}", ""}) {
      CAPTURE(body);
      const ContributorStatsAnswer answer = read_contributor_stats(202, body);
      CHECK(answer.computing);
      CHECK(answer.error.empty());
      CHECK(answer.authors.empty());
    }
  }

  TEST_CASE("malformed answers name the contributor and the field, and keep nothing")
  {
    struct Row {
      const char* body;
      const char* error;
    };
    const Row rows[] = {
      {R"({})", "expected an array of contributors"},
      {R"([{"author":{"login":"a"},"total":1,"weeks":[]}, 7])", "contributor 1: expected an object"},
      {R"([{"author":{"login":"a"},"total":"1","weeks":[]}])", "contributor 0: field 'total': expected integer"},
      {R"([{"author":{"login":""},"total":1,"weeks":[]}])",
       "contributor 0: field 'author.login': expected a non-empty string"},
      {R"([{"author":{"login":"a"},"total":1}])", "contributor 0: field 'weeks': missing"},
      {R"([{"author":{"login":"a"},"total":1,"weeks":[{"w":"x","c":1}]}])",
       "contributor 0: field 'weeks': expected objects with integer 'w' and 'c'"},
      {"[", "expected JSON, got malformed JSON at byte 1: Invalid value."},
    };
    for (const Row& row : rows) {
      CAPTURE(row.body);
      const ContributorStatsAnswer answer = read_contributor_stats(200, row.body);
      CHECK(answer.error == row.error);
      CHECK(answer.authors.empty());
    }
  }

  TEST_CASE("a contributors list reaching 500 rows is cut short by GitHub")
  {
    CHECK(contributors_truncated(5, 100, 100));
    CHECK(contributors_truncated(1, 100, 500));
    CHECK_FALSE(contributors_truncated(5, 100, 99));
    CHECK_FALSE(contributors_truncated(1, 100, 37));
    CHECK(contributors_truncated(17, 30, 20));
  }
}
