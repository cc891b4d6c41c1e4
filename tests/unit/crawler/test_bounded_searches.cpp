// Bounded searches (issue 12): a GitHub user search and a Hugging Face model search ask for
// their results sorted, most followed / most downloaded first, and stop paging at their
// source's search_max_pages, so a generic term cannot walk a whole service.
#include "crawler/github/github_source.hpp"
#include "crawler/huggingface/hf_source.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/search_page_cap.hpp"
#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using scout::model::SubjectKind;

namespace {

const std::string k_search = "https://api.github.com/search/users?q=llm&per_page=100&sort=followers&order=desc";

std::string page_url(int page) { return k_search + "&page=" + std::to_string(page); }

// A github.user_search task on `page`, as the source and the parser make them.
scout::model::Task search_task(int page)
{
  scout::model::Task task;
  task.id = 77;
  task.source = scout::model::Source::github;
  task.kind = "github.user_search";
  task.url = page == 1 ? k_search : page_url(page);
  task.subject = {SubjectKind::query, "llm", page};
  return task;
}

// Parses a page of results whose Link header points at page + 1.
scout::crawler::ParseOutput parse_page(const scout::crawler::TaskParser& parser, int page)
{
  scout::crawler::Headers headers;
  headers.add("Content-Type", "application/json");
  headers.add("Link", "<" + page_url(page + 1) + ">; rel=\"next\"");
  const scout::model::Task task = search_task(page);
  const std::string body = scout::test_github::fixture("search_users_page1.json");
  return parser.parse(task, scout::crawler::FetchedPage{task.url, 200, &headers, body});
}

scout::crawler::GithubSourceOptions github_options(int max_pages, std::string sort)
{
  scout::crawler::GithubSourceOptions options;
  options.search_queries = {"llm"};
  options.search_max_pages = max_pages;
  options.search_sort = std::move(sort);
  return options;
}

scout::crawler::HfSourceOptions hf_options(int max_pages, std::string sort)
{
  scout::crawler::HfSourceOptions options;
  options.search_queries = {"dpo"};
  options.search_max_pages = max_pages;
  options.search_sort = std::move(sort);
  return options;
}

const std::string k_hub = "https://huggingface.co";

// Parses page `page` of the "dpo" model search (no models on it) whose Link header points
// at a next page, as the Hub sends it: the same query with an opaque cursor.
scout::crawler::ParseOutput parse_hub_page(const scout::crawler::TaskParser& parser, const std::string& first_url,
                                           int page)
{
  scout::crawler::Headers headers;
  headers.add("Content-Type", "application/json; charset=utf-8");
  headers.add("Link", "<" + first_url + "&cursor=page" + std::to_string(page + 1) + ">; rel=\"next\"");
  scout::model::Task task;
  task.id = 78;
  task.source = scout::model::Source::huggingface;
  task.kind = "hf.model_search";
  task.url = page == 1 ? first_url : first_url + "&cursor=page" + std::to_string(page);
  task.subject = {SubjectKind::query, "dpo", page};
  return parser.parse(task, scout::crawler::FetchedPage{task.url, 200, &headers, "[]"});
}

std::size_t search_pages(const scout::crawler::ParseOutput& output)
{
  return static_cast<std::size_t>(
    std::count_if(output.new_tasks.begin(), output.new_tasks.end(),
                  [](const scout::model::NewTask& t) { return t.kind == "hf.model_search"; }));
}

}  // namespace

TEST_SUITE("bounded searches")
{
  TEST_CASE("a GitHub user search asks for the most followed users first")
  {
    const scout::crawler::GithubSource source(github_options(10, "followers"));
    const std::vector<scout::model::NewTask> tasks = source.plan();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].kind == "github.user_search");
    CHECK(tasks[0].url == k_search);
    CHECK(tasks[0].subject == scout::model::TaskSubject{SubjectKind::query, "llm", 1});
  }

  TEST_CASE("a GitHub user search sorted by best match sends no sort")
  {
    const scout::crawler::GithubSource source(github_options(10, ""));
    CHECK(source.plan().at(0).url == "https://api.github.com/search/users?q=llm&per_page=100");
  }

  TEST_CASE("a GitHub user search stops paging after search_max_pages, keeping the users found")
  {
    const scout::crawler::GithubSource source(github_options(2, "followers"));
    const scout::crawler::ParseOutput first = parse_page(source.parser(), 1);
    REQUIRE(first.error.empty());
    CHECK(scout::test_github::task_urls(first, "github.user_search") == std::vector<std::string>{page_url(2)});
    CHECK(first.notes.size() == 1);  // the fixture's "more than 1,000 matches" note only

    const scout::crawler::ParseOutput last = parse_page(source.parser(), 2);
    REQUIRE(last.error.empty());
    CHECK(scout::test_github::task_urls(last, "github.user_search").empty());
    CHECK(scout::test_github::task_urls(last, "github.user").size() == 3);
    REQUIRE_FALSE(last.notes.empty());
    CHECK(last.notes.back() == "github.user_search 'llm': stopped after page 2 (the search's page cap)");
  }

  TEST_CASE("search_max_pages 0 follows every page")
  {
    const scout::crawler::GithubSource source(github_options(0, "followers"));
    CHECK(scout::test_github::task_urls(parse_page(source.parser(), 50), "github.user_search")
          == std::vector<std::string>{page_url(51)});
  }

  TEST_CASE("the page cap leaves other kinds' next pages alone")
  {
    const scout::test_github::Request request{"github.user_repos",
                                              "https://api.github.com/users/ana/repos?per_page=100", "[]"};
    const scout::crawler::GithubParser inner(scout::crawler::GithubParserOptions{scout::test_github::k_api, 5});
    const scout::crawler::SearchPageCap capped(inner, {{"github.user_search", 1}});
    scout::crawler::Headers headers;
    headers.add("Content-Type", "application/json");
    headers.add("Link", "<https://api.github.com/users/ana/repos?per_page=100&page=3>; rel=\"next\"");
    scout::model::Task task;
    task.kind = request.kind;
    task.url = request.url;
    task.subject = {SubjectKind::account, "ana", 2};
    const scout::crawler::ParseOutput output =
      capped.parse(task, scout::crawler::FetchedPage{task.url, 200, &headers, request.body});
    REQUIRE(output.error.empty());
    CHECK(scout::test_github::task_urls(output, "github.user_repos").size() == 1);
  }

  TEST_CASE("the engine gets the bounded parser, the one --reparse gets")
  {
    const scout::crawler::GithubSource github(github_options(2, "followers"));
    CHECK(github.endpoint().parser == &github.parser());
    const scout::crawler::HfSource hub(hf_options(2, "downloads"));
    CHECK(hub.endpoint().parser == &hub.parser());
  }

  TEST_CASE("a Hugging Face model search asks for the most downloaded models first")
  {
    const scout::crawler::HfSource source(hf_options(5, "downloads"));
    const std::vector<scout::model::NewTask> tasks = source.plan();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].kind == "hf.model_search");
    CHECK(tasks[0].url == scout::crawler::hf::hf_model_search_url(k_hub, "dpo") + "&sort=downloads&direction=-1");
    CHECK(scout::crawler::hf::hf_query_value(tasks[0].url, "sort") == "downloads");
    CHECK(scout::crawler::hf::hf_query_value(tasks[0].url, "direction") == "-1");
    CHECK(tasks[0].subject == scout::model::TaskSubject{SubjectKind::query, "dpo", 1});

    const scout::crawler::HfSource unsorted(hf_options(5, ""));
    CHECK(unsorted.plan().at(0).url == scout::crawler::hf::hf_model_search_url(k_hub, "dpo"));
  }

  TEST_CASE("a Hugging Face model search stops paging after search_max_pages")
  {
    const scout::crawler::HfSource source(hf_options(3, "likes"));
    const std::string first = source.plan().at(0).url;
    CHECK(search_pages(parse_hub_page(source.parser(), first, 1)) == 1);
    CHECK(search_pages(parse_hub_page(source.parser(), first, 2)) == 1);
    const scout::crawler::ParseOutput last = parse_hub_page(source.parser(), first, 3);
    REQUIRE(last.error.empty());
    CHECK(search_pages(last) == 0);
    REQUIRE(last.notes.size() == 1);
    CHECK(last.notes[0] == "hf.model_search 'dpo': stopped after page 3 (the search's page cap)");

    const scout::crawler::HfSource uncapped(hf_options(0, "likes"));
    CHECK(search_pages(parse_hub_page(uncapped.parser(), first, 40)) == 1);
  }
}
