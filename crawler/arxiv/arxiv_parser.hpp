#pragma once

#include "crawler/task_parser.hpp"

namespace scout::crawler {

// sources.arxiv paging settings.
struct ArxivParserOptions {
  int page_size = 100;     // entries per query page (the planned URLs' max_results)
  int max_results = 1000;  // entries crawled per search_query at most
};

// Parses arXiv API Atom feeds:
// - "arxiv.query_page" (`?search_query=..&start=S&max_results=M..`): papers, link evidence
//   from abstracts and comments, and the next page by offset (see next_query_page);
// - "arxiv.id_batch" (`?id_list=A,B,..`): papers and link evidence, no paging.
// 404/410 give an empty output. An arXiv error feed, malformed XML, a non-Atom body or an
// entry without <id>/<title> give only `error`, prefixed with the URL. Stateless; thread-safe.
class ArxivParser : public TaskParser {
public:
  explicit ArxivParser(ArxivParserOptions options = {});

  ParseOutput parse(const model::Task& task, const FetchedPage& page) const override;

private:
  ArxivParserOptions m_options;
};

}  // namespace scout::crawler
