#pragma once

#include "crawler/arxiv/atom_feed.hpp"

#include <optional>
#include <string>

namespace scout::crawler {

// What follows one `arxiv.query_page`.
struct QueryPageStep {
  std::optional<std::string> next_url;  // the next page, when there is one
  std::string note;                     // why paging stopped early, when it did
  std::string error;                    // the feed cannot be paged (no totalResults)
};

// Offset paging: the next page is `url` with `start` advanced by the URL's `max_results`
// (`page_size` when the URL has none), while start + entries < min(totalResults, max_results).
// An empty page ends the query even when totalResults says more (the API over-counts).
// Reaching `max_results` adds a note naming the query and its result count.
QueryPageStep next_query_page(const std::string& url, const AtomFeed& feed, int page_size, int max_results);

}  // namespace scout::crawler
