#pragma once

#include "crawler/arxiv/arxiv_parser.hpp"
#include "crawler/source.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// [sources.arxiv] as the source needs it (app/config reads and checks the file).
struct ArxivSourceOptions {
  std::string api_url = "https://export.arxiv.org/api/query";
  std::vector<std::string> queries;  // search_query values
  int min_interval_ms = 3000;
  int page_size = 100;
  int max_results = 1000;
  std::int64_t max_requests = 0;
};

// The arXiv API: query pages and id_list batches, both Atom feeds (arxiv.query_page,
// arxiv.id_batch). It has authors' names, not accounts.
class ArxivSource : public Source {
public:
  explicit ArxivSource(ArxivSourceOptions options);

  model::Source id() const override { return model::Source::arxiv; }
  SourceEndpoint endpoint() const override;
  std::vector<model::NewTask> plan() const override;
  // arxiv.id_batch tasks fetching `arxiv_ids` with id_list, 50 ids a request.
  std::vector<model::NewTask> plan_papers(const std::vector<std::string>& arxiv_ids) const override;
  const TaskParser& parser() const override { return m_parser; }
  std::optional<std::string> account_of(const model::NewTask&) const override { return std::nullopt; }
  bool is_detail(const model::NewTask&) const override { return false; }

private:
  ArxivSourceOptions m_options;
  ArxivParser m_parser;
};

}  // namespace scout::crawler
