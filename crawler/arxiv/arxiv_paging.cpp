#include "crawler/arxiv/arxiv_paging.hpp"

#include "crawler/http/query_url.hpp"

#include <algorithm>

namespace scout::crawler {

namespace {

std::string query_label(const std::string& url)
{
  return "arXiv query '" + query_param(url, "search_query").value_or("") + "'";
}

}  // namespace

QueryPageStep next_query_page(const std::string& url, const AtomFeed& feed, int page_size, int max_results)
{
  QueryPageStep step;
  if (!feed.total_results) {
    step.error = "missing <opensearch:totalResults>";
    return step;
  }
  const std::int64_t total = *feed.total_results;
  const std::int64_t start = query_int(url, "start").value_or(feed.start_index.value_or(0));
  // Step by the window this URL asked for, so a frontier planned with another page size
  // neither skips nor repeats entries.
  const std::int64_t window = std::max<std::int64_t>(1, query_int(url, "max_results").value_or(page_size));
  const auto entries = static_cast<std::int64_t>(feed.papers.size());
  const std::int64_t limit = std::min<std::int64_t>(total, max_results);
  if (entries == 0) {
    if (start < limit) {
      step.note = query_label(url) + " returned an empty page at start " + std::to_string(start) + " of "
                  + std::to_string(total) + " results; stopping there";
    }
    return step;
  }
  if (start + entries < limit) {
    step.next_url = with_query_param(url, "start", std::to_string(start + window));
  } else if (total > max_results) {
    step.note = query_label(url) + " has " + std::to_string(total) + " results; crawling the first "
                + std::to_string(max_results) + " (sources.arxiv.max_results)";
  }
  return step;
}

}  // namespace scout::crawler
