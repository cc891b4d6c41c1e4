#include "crawler/github/github_urls.hpp"
#include "crawler/http/query_url.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::percent_decode;
using scout::crawler::query_int;
using scout::crawler::query_param;
using scout::crawler::with_query_param;

TEST_SUITE("crawler::arxiv::QueryUrl")
{
  const std::string k_url =
    "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20abs%3Allm"
    "&start=0&max_results=100&sortBy=submittedDate&sortOrder=descending";

  TEST_CASE("query_param returns the decoded value of the named parameter only")
  {
    CHECK(query_param(k_url, "search_query") == "cat:cs.CL AND abs:llm");
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

  // crawler::query_param gave "a%20b+c" where github::query_param gave "a b c"; there is
  // one function now, and a server reads both escapes and '+' as a space.
  TEST_CASE("one query_param for every source decodes %20 and + alike")
  {
    CHECK(query_param("https://api.github.com/search/users?q=a%20b+c", "q") == "a b c");
    CHECK(scout::crawler::github::query_param("https://huggingface.co/api/models?author=a%20b+c", "author") == "a b c");
    CHECK(query_param("http://x/q?na%6De=v", "name") == "v");  // names are decoded too
    CHECK_FALSE(query_param("not a url?q=1", "q").has_value());
  }

  // The two with_query_param disagreed: one replaced and kept the fragment, the other
  // appended a second value and dropped the fragment. Setting a parameter replaces it.
  TEST_CASE("one with_query_param for every source replaces, keeps the fragment and encodes the value")
  {
    CHECK(scout::crawler::github::with_query_param("http://x/q?start=20&a=1#frag", "start", "30")
          == "http://x/q?start=30&a=1#frag");
    CHECK(with_query_param("http://x/q?start=1&start=2", "start", "3") == "http://x/q?start=3&start=2");
    CHECK(with_query_param("http://h/p?x=1", "scout_repo", "o/r") == "http://h/p?x=1&scout_repo=o/r");
    CHECK(with_query_param("http://h/p", "q", "a b&c=d+é") == "http://h/p?q=a%20b%26c%3Dd%2B%C3%A9");
    CHECK(query_param(with_query_param("http://h/p", "q", "a b&c=d+é"), "q") == "a b&c=d+é");
    CHECK(with_query_param("no url", "q", "1") == "no url");
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
