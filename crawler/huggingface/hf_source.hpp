#pragma once

#include "crawler/huggingface/hf_parser.hpp"
#include "crawler/search_page_cap.hpp"
#include "crawler/source.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// [sources.huggingface] as the source needs it (app/config reads and checks the file).
struct HfSourceOptions {
  std::string api_url = "https://huggingface.co";
  std::vector<std::string> seed_authors;    // users or organisations: all their models
  std::vector<std::string> search_queries;  // model searches
  int search_max_pages = 5;                 // pages of 100 per model search; 0 = all
  std::string search_sort = "downloads";    // the Hub's sort field, descending; "" = the Hub's order
  bool datasets = true;                     // each crawled account's datasets (/api/datasets?author=)
  bool spaces = true;                       // each crawled account's Spaces (/api/spaces?author=)
  int max_concurrency = 4;
  // Local caps per window for each of the Hub's buckets, anonymous and with a token.
  int api_per_window_anonymous = 500;
  int api_per_window_token = 1000;
  int resolvers_per_window_anonymous = 3000;
  int resolvers_per_window_token = 5000;
  int pages_per_window_anonymous = 100;
  int pages_per_window_token = 200;
  int window_seconds = 300;
  std::int64_t max_requests = 0;
  std::string token_name = "HF_TOKEN";  // labels the credentials in logs
};

// The Hugging Face Hub API: model listings, models, model cards, user and organisation
// overviews and paper pages (task kinds hf.*, see hf_task_kinds.hpp).
class HfSource : public Source {
public:
  explicit HfSource(HfSourceOptions options);

  model::Source id() const override { return model::Source::huggingface; }
  SourceEndpoint endpoint() const override;
  std::vector<model::NewTask> plan() const override;
  std::vector<model::NewTask> plan_papers(const std::vector<std::string>&) const override { return {}; }
  std::vector<model::NewTask> plan_paper_pages(const std::vector<std::string>& arxiv_ids) const override;
  std::vector<model::NewTask> plan_account(const std::string& handle) const override;
  const TaskParser& parser() const override { return m_bounded; }
  std::optional<std::string> account_of(const model::NewTask& task) const override;
  bool is_detail(const model::NewTask& task) const override;

private:
  HfSourceOptions m_options;
  HfParser m_parser;
  SearchPageCap m_bounded;  // m_parser with model searches cut at search_max_pages
};

}  // namespace scout::crawler
