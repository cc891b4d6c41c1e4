#include "crawler/arxiv/arxiv_source.hpp"

#include "common/strings.hpp"

#include <algorithm>

namespace scout::crawler {

namespace {

using model::NewTask;
using Subject = model::SubjectKind;

constexpr std::size_t k_ids_per_batch = 50;

}  // namespace

ArxivSource::ArxivSource(ArxivSourceOptions options)
  : m_options(std::move(options)), m_parser(ArxivParserOptions{m_options.page_size, m_options.max_results})
{
}

// arXiv's terms: one connection, one request every three seconds.
SourceEndpoint ArxivSource::endpoint() const
{
  SourceEndpoint endpoint;
  endpoint.source = model::Source::arxiv;
  endpoint.api_url = m_options.api_url;
  endpoint.policy =
    HostPolicy{HostKind::arxiv, 1, std::chrono::milliseconds(m_options.min_interval_ms), 0, std::chrono::seconds(0), 0};
  endpoint.token_name = "arxiv";
  endpoint.headers = {{"Accept", "application/atom+xml"}};
  endpoint.max_requests = m_options.max_requests;
  endpoint.parser = &m_parser;
  return endpoint;
}

// The first page of each query, newest first.
std::vector<NewTask> ArxivSource::plan() const
{
  std::vector<NewTask> tasks;
  for (const std::string& query : m_options.queries) {
    tasks.push_back({model::Source::arxiv,
                     "arxiv.query_page",
                     m_options.api_url + "?search_query=" + percent_encode(query) + "&start=0&max_results="
                       + std::to_string(m_options.page_size) + "&sortBy=submittedDate&sortOrder=descending",
                     0,
                     {Subject::query, query, 1}});
  }
  return tasks;
}

std::vector<NewTask> ArxivSource::plan_papers(const std::vector<std::string>& ids) const
{
  std::vector<NewTask> tasks;
  for (std::size_t first = 0; first < ids.size(); first += k_ids_per_batch) {
    std::string list;
    std::string subject;
    const std::size_t last = std::min(ids.size(), first + k_ids_per_batch);
    for (std::size_t i = first; i < last; ++i) {
      list += (i == first ? "" : ",") + percent_encode(ids[i]);
      subject += (i == first ? "" : ",") + ids[i];
    }
    tasks.push_back({model::Source::arxiv,
                     "arxiv.id_batch",
                     m_options.api_url + "?id_list=" + list + "&start=0&max_results=" + std::to_string(last - first),
                     0,
                     {Subject::paper, subject, 0}});
  }
  return tasks;
}

}  // namespace scout::crawler
