#include "crawler/arxiv/arxiv_paging.hpp"

#include "crawler/http/query_url.hpp"

#include <algorithm>

namespace scout::crawler {

namespace {

std::string query_label(const std::string& url)
{
  return "arXiv query '" + query_param(url, "search_query").value_or("") + "'";
}

// An empty page before the reachable end: transient while tries remain (the arxiv package
// retries it), then the end of what arXiv will give, whatever totalResults says.
QueryPageStep empty_page(const std::string& url, std::int64_t start, std::int64_t total, int attempts_so_far)
{
  QueryPageStep step;
  const std::string where = query_label(url) + " returned an empty page at start " + std::to_string(start) + " of "
                            + std::to_string(total) + " results";
  if (attempts_so_far + 1 < k_empty_page_tries) {
    step.error = where + " (try " + std::to_string(attempts_so_far + 1) + " of " + std::to_string(k_empty_page_tries)
                 + "; retried as transient)";
  } else {
    step.note = where + " " + std::to_string(k_empty_page_tries) + " times; stopping there";
  }
  return step;
}

}  // namespace

QueryPageStep next_query_page(const std::string& url, const AtomFeed& feed, int max_results, int attempts_so_far)
{
  QueryPageStep step;
  if (!feed.total_results) {
    step.error = "missing <opensearch:totalResults>";
    return step;
  }
  const std::int64_t total = *feed.total_results;
  const std::int64_t start = query_int(url, "start").value_or(feed.start_index.value_or(0));
  const auto entries = static_cast<std::int64_t>(feed.papers.size());
  const std::int64_t limit = std::min<std::int64_t>(total, max_results);
  if (entries == 0) {
    return start < limit ? empty_page(url, start, total, attempts_so_far) : step;
  }
  // Advance by what arrived, not by the window asked for: a short page (arXiv sometimes
  // returns fewer entries than max_results mid-set) then skips nothing. The next URL keeps
  // this one's max_results.
  if (start + entries < limit) {
    step.next_url = with_query_param(url, "start", std::to_string(start + entries));
  } else if (total > max_results) {
    step.note = query_label(url) + " has " + std::to_string(total) + " results; crawling the first "
                + std::to_string(max_results) + " (sources.arxiv.max_results)";
  }
  return step;
}

}  // namespace scout::crawler
