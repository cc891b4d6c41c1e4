#include "crawler/huggingface/hf_source.hpp"

#include "common/strings.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"

namespace scout::crawler {

namespace {

using model::NewTask;
using Subject = model::SubjectKind;

}  // namespace

HfSource::HfSource(HfSourceOptions options)
  : m_options(std::move(options)),
    m_parser(HfParserOptions{without_trailing_slash(m_options.api_url), m_options.datasets, m_options.spaces}),
    m_bounded(m_parser, {{std::string(hf::k_hf_model_search), m_options.search_max_pages}})
{
}

SourceEndpoint HfSource::endpoint() const
{
  SourceEndpoint endpoint;
  endpoint.source = model::Source::huggingface;
  endpoint.api_url = m_options.api_url;
  // One local window per Hub bucket (API, /resolve/ downloads, pages); the Hub's RateLimit
  // headers override them while they are current.
  const HfSourceOptions& o = m_options;
  endpoint.policy = HostPolicy{HostKind::huggingface,
                               o.max_concurrency,
                               std::chrono::milliseconds(0),
                               0,
                               std::chrono::seconds(o.window_seconds),
                               0,
                               {{"api", o.api_per_window_anonymous, o.api_per_window_token},
                                {"resolvers", o.resolvers_per_window_anonymous, o.resolvers_per_window_token},
                                {"pages", o.pages_per_window_anonymous, o.pages_per_window_token}}};
  endpoint.token_name = m_options.token_name;
  endpoint.headers = {{"Accept", "application/json"}};
  endpoint.max_requests = m_options.max_requests;
  endpoint.parser = &parser();  // the bounded one, as --reparse gets it
  return endpoint;
}

// Seed authors' model listings and model searches.
std::vector<NewTask> HfSource::plan() const
{
  const std::string api = without_trailing_slash(m_options.api_url);
  std::vector<NewTask> tasks;
  for (const std::string& author : m_options.seed_authors) {
    tasks.push_back({model::Source::huggingface,
                     std::string(hf::k_hf_author_models),
                     hf::hf_author_models_url(api, author),
                     0,
                     {Subject::account, author, 1}});
  }
  // Most downloaded (or liked, ...) first, so a capped search keeps the models that matter;
  // the Hub's Link to the next page carries the sort on.
  const std::string sort =
    m_options.search_sort.empty() ? "" : "&sort=" + percent_encode(m_options.search_sort) + "&direction=-1";
  for (const std::string& query : m_options.search_queries) {
    tasks.push_back({model::Source::huggingface,
                     std::string(hf::k_hf_model_search),
                     hf::hf_model_search_url(api, query) + sort,
                     0,
                     {Subject::query, query, 1}});
  }
  return tasks;
}

// GET /api/papers/{id} per paper: who claimed it, its code, its upvotes.
std::vector<NewTask> HfSource::plan_paper_pages(const std::vector<std::string>& arxiv_ids) const
{
  const std::string api = without_trailing_slash(m_options.api_url);
  std::vector<NewTask> tasks;
  for (const std::string& id : arxiv_ids) {
    tasks.push_back(hf::hf_task(api, hf::k_hf_paper, id));
  }
  return tasks;
}

// An account crawled as a found author is: its models and its profile (an organisation's
// profile follows the user endpoint's 404).
std::vector<NewTask> HfSource::plan_account(const std::string& handle) const
{
  const std::string api = without_trailing_slash(m_options.api_url);
  return {hf::hf_task(api, hf::k_hf_author_models, handle), hf::hf_task(api, hf::k_hf_user_overview, handle)};
}

// A user or organisation, or a model's owner; searches and papers name no one.
std::optional<std::string> HfSource::account_of(const NewTask& task) const { return owning_account(task.subject); }

bool HfSource::is_detail(const NewTask& task) const
{
  return (task.kind == hf::k_hf_model || task.kind == hf::k_hf_model_card) && task.subject.kind == Subject::model;
}

}  // namespace scout::crawler
