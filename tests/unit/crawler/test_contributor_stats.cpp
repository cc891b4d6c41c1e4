#include "common/strings.hpp"
#include "crawler/github/contributor_stats.hpp"
#include "crawler/github/github_parser.hpp"
#include "model/task.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

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

namespace {

const std::string k_api = "https://api.github.com";
const std::string k_stats_url = k_api + "/repos/big-org/monorepo/stats/contributors";

// GithubParser over one body, the task carrying `page` as its listing page.
scout::crawler::ParseOutput parse(const std::string& kind, const std::string& url, const std::string& body, long status,
                                  int page = 0, const std::string& link = "")
{
  scout::crawler::Headers headers;
  headers.add("Content-Type", "application/json; charset=utf-8");
  if (!link.empty()) {
    headers.add("Link", link);
  }
  scout::model::Task task;
  task.id = 9;
  task.kind = kind;
  task.url = url;
  task.subject = {scout::model::SubjectKind::repository, "big-org/monorepo", page};
  const scout::crawler::FetchedPage fetched{url, status, &headers, body};
  return scout::crawler::GithubParser(scout::crawler::GithubParserOptions{k_api, 5}).parse(task, fetched);
}

std::string contributors_rows(int count)
{
  std::string body = "[";
  for (int i = 0; i < count; ++i) {
    body += (i ? "," : "") + std::string(R"({"login":"dev)") + std::to_string(i) + R"(","id":)" + std::to_string(i + 1)
            + R"(,"type":"User","contributions":3})";
  }
  return body + "]";
}

}  // namespace

TEST_SUITE("crawler::github::contributor_stats in GithubParser")
{
  TEST_CASE("the too-large 403 records the repository and asks for stats/contributors")
  {
    const auto output = parse("github.repo_contributors", k_api + "/repos/big-org/monorepo/contributors?per_page=100",
                              fixture("contributors_too_large.json"), 403, 1);
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_contributor_lists.size() == 1);
    CHECK(output.records.github_contributor_lists[0].repo_full_name == "big-org/monorepo");
    CHECK(output.records.github_contributor_lists[0].too_large);
    CHECK_FALSE(output.records.github_contributor_lists[0].truncated);
    CHECK(output.records.github_contributions.empty());
    REQUIRE(output.new_tasks.size() == 1);
    CHECK(output.new_tasks[0].kind == "github.repo_contributor_stats");
    CHECK(output.new_tasks[0].url == k_stats_url);
  }

  TEST_CASE("the last contributors page reaching 500 marks the list truncated and asks for stats")
  {
    const std::string url = k_api + "/repositories/42/contributors?per_page=100&page=5&scout_repo=big-org/monorepo";
    const auto full = parse("github.repo_contributors", url, contributors_rows(100), 200, 5);
    REQUIRE(full.error.empty());
    REQUIRE(full.records.github_contributor_lists.size() == 1);
    CHECK(full.records.github_contributor_lists[0].truncated);
    CHECK(full.new_tasks.back().url == k_stats_url);

    const auto short_list = parse("github.repo_contributors", url, contributors_rows(40), 200, 5);
    CHECK(short_list.records.github_contributor_lists.empty());
    const auto with_next = parse("github.repo_contributors", url, contributors_rows(100), 200, 5,
                                 "<" + k_api + "/repositories/42/contributors?per_page=100&page=6>; rel=\"next\"");
    CHECK(with_next.records.github_contributor_lists.empty());
  }

  TEST_CASE("stats/contributors gives dated records and profile tasks, a 202 gives a note")
  {
    const auto output = parse("github.repo_contributor_stats", k_stats_url, fixture("stats_contributors.json"), 200);
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_contributor_stats.size() == 2);
    const auto& ana = output.records.github_contributor_stats[0];
    CHECK(ana.repo_full_name == "big-org/monorepo");
    CHECK(ana.login == "ana-ml");
    CHECK(ana.commits == 9);
    CHECK(ana.first_week == "2024-01-14");
    CHECK(ana.last_week == "2024-01-28");
    CHECK(output.new_tasks.size() == 2);
    CHECK(output.new_tasks[0].url == k_api + "/users/ana-ml");

    const auto computing = parse("github.repo_contributor_stats", k_stats_url, "{}", 202);
    CHECK(computing.error.empty());
    CHECK(computing.records.empty());
    CHECK(computing.notes
          == std::vector<std::string>{
            "GitHub is still computing the contributor statistics of big-org/monorepo; the next run asks again"});
  }
}
