#include "crawler/github/github_source.hpp"

#include "common/strings.hpp"
#include "crawler/github/github_token_accounts.hpp"
#include "crawler/github/github_urls.hpp"

namespace scout::crawler {

namespace {

using model::NewTask;
using Subject = model::SubjectKind;

}  // namespace

GithubSource::GithubSource(GithubSourceOptions options)
  : m_options(std::move(options)),
    m_parser(GithubParserOptions{without_trailing_slash(m_options.api_url), m_options.readme_top_repos,
                                 m_options.social_accounts, m_options.fork_parent_repos}),
    m_bounded(m_parser, {{"github.user_search", m_options.search_max_pages}})
{
}

SourceEndpoint GithubSource::endpoint() const
{
  SourceEndpoint endpoint;
  endpoint.source = model::Source::github;
  endpoint.api_url = m_options.api_url;
  // GitHub states its budget in headers (x-ratelimit-*); the bucket pauses at the reserve.
  endpoint.policy = HostPolicy{HostKind::github,        m_options.max_concurrency,   std::chrono::milliseconds(0), 0,
                               std::chrono::seconds(0), m_options.rate_limit_reserve};
  endpoint.token_name = m_options.token_name;
  endpoint.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
  endpoint.max_requests = m_options.max_requests;
  endpoint.parser = &parser();  // the bounded one, as --reparse gets it
  return endpoint;
}

// Seed repositories (the repository and its contributors), seed users and user searches.
std::vector<NewTask> GithubSource::plan() const
{
  const std::string api = without_trailing_slash(m_options.api_url);
  std::vector<NewTask> tasks;
  for (const std::string& repo : m_options.seed_repos) {
    tasks.push_back({model::Source::github, "github.repo", api + "/repos/" + repo, 0, {Subject::repository, repo, 0}});
    tasks.push_back({model::Source::github,
                     "github.repo_contributors",
                     api + "/repos/" + repo + "/contributors?per_page=100",
                     0,
                     {Subject::repository, repo, 1}});
  }
  for (const std::string& login : m_options.seed_users) {
    tasks.push_back(
      {model::Source::github, "github.user", api + "/users/" + percent_encode(login), 0, {Subject::account, login, 0}});
  }
  // Sorted, descending, so a capped search keeps its best-known users (order=desc is GitHub's
  // default, sent anyway so the URL says what it asks for).
  const std::string sort =
    m_options.search_sort.empty() ? "" : "&sort=" + percent_encode(m_options.search_sort) + "&order=desc";
  for (const std::string& query : m_options.search_queries) {
    tasks.push_back({model::Source::github,
                     "github.user_search",
                     api + "/search/users?q=" + percent_encode(query) + "&per_page=100" + sort,
                     0,
                     {Subject::query, query, 1}});
  }
  return tasks;
}

// A profile, as a contributor's is crawled: its parse follows the repositories and READMEs.
std::vector<NewTask> GithubSource::plan_account(const std::string& login) const
{
  const std::string api = without_trailing_slash(m_options.api_url);
  return {{model::Source::github, "github.user", github::user_url(api, login), 0, {Subject::account, login, 0}}};
}

// A user, or the owner of a repository; a search names no one.
std::optional<std::string> GithubSource::account_of(const NewTask& task) const { return owning_account(task.subject); }

bool GithubSource::is_detail(const NewTask& task) const
{
  // A fork's own request is read for its parent, which does not change while the fork is unchanged.
  return (task.kind == "github.readme" || task.kind == "github.fork_repo") && task.subject.kind == Subject::repository;
}

std::vector<std::string> GithubSource::token_accounts(HttpClient& http, const SourceEndpoint& endpoint,
                                                      Logger& log) const
{
  return github_token_accounts(http, endpoint.api_url, endpoint.token_name, endpoint.tokens, log);
}

}  // namespace scout::crawler
