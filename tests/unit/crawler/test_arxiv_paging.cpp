#include "crawler/arxiv/arxiv_paging.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::AtomFeed;
using scout::crawler::k_empty_page_tries;
using scout::crawler::next_query_page;
using scout::crawler::QueryPageStep;

namespace {

std::string page_url(int start, int max_results)
{
  return "https://export.arxiv.org/api/query?search_query=all%3Aagents&start=" + std::to_string(start)
         + "&max_results=" + std::to_string(max_results) + "&sortBy=submittedDate&sortOrder=descending";
}

// A feed with `entries` papers out of `total` results.
AtomFeed feed(int entries, std::int64_t total)
{
  AtomFeed result;
  result.total_results = total;
  for (int i = 0; i < entries; ++i) {
    scout::model::ArxivPaperRecord paper;
    paper.id = "2401.0" + std::to_string(1000 + i);
    result.papers.push_back(paper);
  }
  return result;
}

}  // namespace

TEST_SUITE("crawler::arxiv_paging")
{
  TEST_CASE("start advances by the entries received, so a short page skips nothing")
  {
    SUBCASE("a full page")
    {
      const QueryPageStep step = next_query_page(page_url(0, 10), feed(10, 35), 1000, 0);
      CHECK(step.next_url == page_url(10, 10));
    }
    SUBCASE("a short page in the middle: the next page starts right after what arrived")
    {
      const QueryPageStep step = next_query_page(page_url(10, 10), feed(7, 35), 1000, 0);
      CHECK(step.next_url == page_url(17, 10));
      CHECK(step.error.empty());
      CHECK(step.note.empty());
    }
    SUBCASE("the page reaching totalResults is the last")
    {
      const QueryPageStep step = next_query_page(page_url(30, 10), feed(5, 35), 1000, 0);
      CHECK_FALSE(step.next_url.has_value());
      CHECK(step.note.empty());
    }
  }

  TEST_CASE("an empty page before totalResults is retried as transient, then taken as the end")
  {
    for (int attempts = 0; attempts + 1 < k_empty_page_tries; ++attempts) {
      CAPTURE(attempts);
      const QueryPageStep step = next_query_page(page_url(20, 10), feed(0, 35), 1000, attempts);
      CHECK_FALSE(step.next_url.has_value());
      CHECK(step.error
            == "arXiv query 'all:agents' returned an empty page at start 20 of 35 results (try "
                 + std::to_string(attempts + 1) + " of 4; retried as transient)");
    }
    const QueryPageStep last = next_query_page(page_url(20, 10), feed(0, 35), 1000, k_empty_page_tries - 1);
    CHECK(last.error.empty());
    CHECK_FALSE(last.next_url.has_value());
    CHECK(last.note
          == "arXiv query 'all:agents' returned an empty page at start 20 of 35 results 4 times; stopping there");
  }

  TEST_CASE("an empty page at or past the end is simply the end")
  {
    const QueryPageStep none = next_query_page(page_url(0, 10), feed(0, 0), 1000, 0);
    CHECK(none.error.empty());
    CHECK(none.note.empty());
    const QueryPageStep capped = next_query_page(page_url(40, 10), feed(0, 500), 40, 0);
    CHECK(capped.error.empty());
    CHECK_FALSE(capped.next_url.has_value());
  }

  TEST_CASE("a page without totalResults cannot be paged")
  {
    AtomFeed broken = feed(3, 0);
    broken.total_results.reset();
    CHECK(next_query_page(page_url(0, 10), broken, 1000, 0).error == "missing <opensearch:totalResults>");
  }
}
