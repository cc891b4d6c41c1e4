#include "app/crawl/source_table.hpp"

#include "app/config/tokens.hpp"
#include "crawler/arxiv/arxiv_source.hpp"
#include "crawler/github/github_source.hpp"
#include "crawler/huggingface/hf_source.hpp"

#include <algorithm>
#include <cassert>

namespace scout::app {

namespace {

// Each source's options from its config section: the only place app/ maps one to the other.

crawler::GithubSourceOptions github_options(const config::GithubSettings& c)
{
  return {.api_url = c.api_url,
          .seed_repos = c.seed_repos,
          .seed_users = c.seed_users,
          .search_queries = c.search_queries,
          .search_max_pages = c.search_max_pages,
          .search_sort = c.search_sort == "best-match" ? "" : c.search_sort,
          .max_concurrency = c.max_concurrency,
          .rate_limit_reserve = c.rate_limit_reserve,
          .readme_top_repos = c.readme_top_repos,
          .social_accounts = c.social_accounts,
          .fork_parent_repos = c.fork_parent_repos,
          .max_requests = c.max_requests,
          .token_name = c.token_env.empty() ? "GITHUB_TOKEN" : c.token_env.front()};
}

crawler::HfSourceOptions hf_options(const config::HuggingFaceSettings& c)
{
  return {.api_url = c.api_url,
          .seed_authors = c.seed_authors,
          .search_queries = c.search_queries,
          .search_max_pages = c.search_max_pages,
          .search_sort = c.search_sort == "none" ? "" : c.search_sort,
          .datasets = c.datasets,
          .spaces = c.spaces,
          .max_concurrency = c.max_concurrency,
          .api_per_window_anonymous = c.api_per_window_anonymous,
          .api_per_window_token = c.api_per_window_token,
          .resolvers_per_window_anonymous = c.resolvers_per_window_anonymous,
          .resolvers_per_window_token = c.resolvers_per_window_token,
          .pages_per_window_anonymous = c.pages_per_window_anonymous,
          .pages_per_window_token = c.pages_per_window_token,
          .window_seconds = c.window_seconds,
          .max_requests = c.max_requests,
          .token_name = c.token_env.empty() ? "HF_TOKEN" : c.token_env.front()};
}

crawler::ArxivSourceOptions arxiv_options(const config::ArxivSettings& c)
{
  return {c.api_url, c.queries, c.min_interval_ms, c.page_size, c.max_results, c.max_requests};
}

}  // namespace

SourceTable::SourceTable(const config::Settings& s)
{
  // The source table: one line per source, in the order they are planned and polled.
  m_entries.push_back(
    {std::make_unique<crawler::GithubSource>(github_options(s.github)), s.github.enabled, s.github.token_env});
  m_entries.push_back(
    {std::make_unique<crawler::HfSource>(hf_options(s.huggingface)), s.huggingface.enabled, s.huggingface.token_env});
  m_entries.push_back({std::make_unique<crawler::ArxivSource>(arxiv_options(s.arxiv)), s.arxiv.enabled, {}});
}

SourceTable::~SourceTable() = default;

const crawler::Source& SourceTable::get(model::Source id) const
{
  for (const Entry& entry : m_entries) {
    if (entry.source->id() == id) {
      return *entry.source;
    }
  }
  assert(false && "every model::Source has a line in the source table");
  return *m_entries.front().source;
}

bool SourceTable::wanted(const Entry& entry, const std::vector<model::Source>& only) const
{
  return entry.enabled && (only.empty() || std::find(only.begin(), only.end(), entry.source->id()) != only.end());
}

std::vector<model::NewTask> SourceTable::plan() const
{
  std::vector<model::NewTask> tasks;
  for (const Entry& entry : m_entries) {
    if (entry.enabled) {
      std::vector<model::NewTask> planned = entry.source->plan();
      tasks.insert(tasks.end(), planned.begin(), planned.end());
    }
  }
  return tasks;
}

std::vector<model::NewTask> SourceTable::plan_papers(const std::vector<std::string>& arxiv_ids,
                                                     const std::vector<model::Source>& only) const
{
  std::vector<model::NewTask> tasks;
  for (const Entry& entry : m_entries) {
    if (wanted(entry, only)) {
      std::vector<model::NewTask> planned = entry.source->plan_papers(arxiv_ids);
      tasks.insert(tasks.end(), planned.begin(), planned.end());
    }
  }
  return tasks;
}

std::vector<model::NewTask> SourceTable::plan_paper_pages(const std::vector<std::string>& arxiv_ids,
                                                          const std::vector<model::Source>& only) const
{
  std::vector<model::NewTask> tasks;
  for (const Entry& entry : m_entries) {
    if (wanted(entry, only)) {
      std::vector<model::NewTask> planned = entry.source->plan_paper_pages(arxiv_ids);
      tasks.insert(tasks.end(), planned.begin(), planned.end());
    }
  }
  return tasks;
}

std::vector<model::NewTask> SourceTable::plan_account(model::Source source, const std::string& handle,
                                                      const std::vector<model::Source>& only) const
{
  for (const Entry& entry : m_entries) {
    if (entry.source->id() == source && wanted(entry, only)) {
      return entry.source->plan_account(handle);
    }
  }
  return {};
}

std::vector<crawler::SourceEndpoint> SourceTable::endpoints(const std::vector<model::Source>& only) const
{
  std::vector<crawler::SourceEndpoint> endpoints;
  for (const Entry& entry : m_entries) {
    if (wanted(entry, only)) {
      crawler::SourceEndpoint endpoint = entry.source->endpoint();
      endpoint.tokens = config::resolve_tokens(entry.token_env, config::process_environment());
      endpoints.push_back(std::move(endpoint));
    }
  }
  return endpoints;
}

std::vector<crawler::SourceApi> SourceTable::apis() const
{
  std::vector<crawler::SourceApi> apis;
  for (const Entry& entry : m_entries) {
    apis.push_back({entry.source->id(), entry.source->endpoint().api_url});
  }
  return apis;
}

store::FollowUpRules SourceTable::follow_up_rules() const
{
  store::FollowUpRules rules;
  rules.account_of = [this](const model::NewTask& task) -> std::optional<std::pair<std::string, std::string>> {
    std::optional<std::string> handle = get(task.source).account_of(task);
    if (!handle) {
      return std::nullopt;
    }
    return std::make_pair(std::string(model::to_string(task.source)), std::move(*handle));
  };
  rules.is_detail = [this](const model::NewTask& task) { return get(task.source).is_detail(task); };
  return rules;
}

}  // namespace scout::app
