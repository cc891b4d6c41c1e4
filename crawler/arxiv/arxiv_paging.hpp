#pragma once

#include "crawler/arxiv/atom_feed.hpp"

#include <optional>
#include <string>

namespace scout::crawler {

// What follows one `arxiv.query_page`.
struct QueryPageStep {
  std::optional<std::string> next_url;  // the next page, when there is one
  std::string note;                     // why paging stopped early, when it did
  std::string error;                    // the page cannot be used now: fail this attempt (retried)
};

// Tries of one page that came back empty before totalResults was reached, the first
// included. The arxiv package retries such a page as transient (3 retries); after the last
// try the empty page is taken as the end, since totalResults can over-count.
inline constexpr int k_empty_page_tries = 4;

// Offset paging: the next page is `url` with `start` advanced by the entries this page
// actually holds, while start + entries < min(totalResults, max_results), so a short page
// never skips results. An empty page before that point is an error while `attempts_so_far`
// (earlier tries of this page) + 1 < k_empty_page_tries, then ends the query with a note.
// Reaching `max_results` adds a note naming the query and its result count. No
// totalResults is an error.
QueryPageStep next_query_page(const std::string& url, const AtomFeed& feed, int max_results, int attempts_so_far);

}  // namespace scout::crawler
