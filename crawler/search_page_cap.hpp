#pragma once

#include "crawler/task_parser.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// How far one search kind may page: its first `max_pages` pages are fetched, no more.
struct SearchBound {
  std::string kind;   // "github.user_search", "hf.model_search"
  int max_pages = 0;  // 0 = no cap
};

// Bounds searches, so a generic term cannot walk a whole service: wraps a source's parser
// and drops a search's next-page task once the search has `max_pages` pages (the page a
// task is on is its subject's page, set by the source). Says so in a note. Everything
// else the inner parser returns passes through unchanged. Thread-safe like the parser it
// wraps, which must outlive it.
class SearchPageCap : public TaskParser {
public:
  SearchPageCap(const TaskParser& inner, std::vector<SearchBound> bounds);

  ParseOutput parse(const model::Task& task, const FetchedPage& page) const override;

private:
  const TaskParser& m_inner;
  std::vector<SearchBound> m_bounds;
};

}  // namespace scout::crawler
