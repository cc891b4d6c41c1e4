#include "crawler/http/query_url.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::percent_decode;
using scout::crawler::query_int;
using scout::crawler::query_param;
using scout::crawler::with_query_param;

TEST_SUITE("crawler::arxiv::QueryUrl")
{
  const std::string k_url = "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20abs%3Allm"
                            "&start=0&max_results=100&sortBy=submittedDate&sortOrder=descending";

  TEST_CASE("query_param returns the raw value of the named parameter only")
  {
    CHECK(query_param(k_url, "search_query") == "cat%3Acs.CL%20AND%20abs%3Allm");
    CHECK(query_param(k_url, "start") == "0");
    CHECK(query_param(k_url, "sortOrder") == "descending");
    CHECK_FALSE(query_param(k_url, "sort").has_value());
    CHECK_FALSE(query_param(k_url, "id_list").has_value());
    CHECK_FALSE(query_param("https://export.arxiv.org/api/query", "start").has_value());
    CHECK(query_param("http://x/q?id_list=&start=5", "id_list") == "");
  }

  TEST_CASE("query_int reads non-negative integers and rejects anything else")
  {
    CHECK(query_int(k_url, "max_results") == 100);
    CHECK_FALSE(query_int("http://x/q?start=-1", "start").has_value());
    CHECK_FALSE(query_int("http://x/q?start=1e3", "start").has_value());
    CHECK_FALSE(query_int("http://x/q?start=", "start").has_value());
  }

  TEST_CASE("with_query_param replaces one value and keeps every other byte")
  {
    CHECK(with_query_param(k_url, "start", "100")
          == "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20abs%3Allm"
             "&start=100&max_results=100&sortBy=submittedDate&sortOrder=descending");
    CHECK(with_query_param("http://x/q?a=1&start=20#frag", "start", "30") == "http://x/q?a=1&start=30#frag");
    // "max_results" must not be mistaken for a parameter named "results".
    CHECK(with_query_param("http://x/q?max_results=5", "results", "7") == "http://x/q?max_results=5&results=7");
  }

  TEST_CASE("with_query_param appends an absent parameter before the fragment")
  {
    CHECK(with_query_param("http://x/q", "start", "10") == "http://x/q?start=10");
    CHECK(with_query_param("http://x/q?", "start", "10") == "http://x/q?start=10");
    CHECK(with_query_param("http://x/q?a=1#f", "start", "10") == "http://x/q?a=1&start=10#f");
  }

  TEST_CASE("percent_decode decodes escapes and plus signs and keeps malformed escapes")
  {
    CHECK(percent_decode("cat%3Acs.CL%20AND%20abs%3Allm") == "cat:cs.CL AND abs:llm");
    CHECK(percent_decode("ti%3A%22sparse+autoencoder%22") == "ti:\"sparse autoencoder\"");
    CHECK(percent_decode("%C5%81ukasz") == "Łukasz");
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("%zz%4") == "%zz%4");
  }
}
