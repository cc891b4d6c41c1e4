#include "common/strings.hpp"
#include "crawler/arxiv/atom_feed.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::collapse_whitespace;
using scout::crawler::parse_atom_feed;

namespace {

std::string fixture(const std::string& name)
{
  return scout::read_file(std::string(SCOUT_FIXTURES_DIR) + "/arxiv/" + name);
}

}  // namespace

TEST_SUITE("crawler::arxiv::AtomFeed")
{
  TEST_CASE("collapse_whitespace joins runs of spaces, tabs and newlines and trims")
  {
    CHECK(collapse_whitespace("  a \n\t b\r\n\nc  ") == "a b c");
    CHECK(collapse_whitespace("\n \t") == "");
    CHECK(collapse_whitespace("Łukasz  李明") == "Łukasz 李明");
  }

  TEST_CASE("opensearch counts are read from the feed")
  {
    const auto result = parse_atom_feed(fixture("query_first_page.xml"));
    REQUIRE(result.error.empty());
    CHECK(result.feed.total_results == 250);
    CHECK(result.feed.start_index == 0);
    CHECK(result.feed.items_per_page == 2);
    CHECK(result.feed.papers.size() == 2);
    CHECK(result.feed.api_error.empty());
  }

  TEST_CASE("elements are matched by namespace URI, whatever their prefix")
  {
    const auto result = parse_atom_feed(fixture("other_prefixes.xml"));
    REQUIRE(result.error.empty());
    CHECK(result.feed.total_results == 1);  // not the decoy in another namespace
    REQUIRE(result.feed.papers.size() == 1);
    const auto& paper = result.feed.papers[0];
    CHECK(paper.id == "2302.00003");
    CHECK(paper.version == 4);
    CHECK(paper.title == "Prefixes Do Not Matter");
    CHECK(paper.comment == "kept");
    CHECK(paper.primary_category == "cs.CL");
    REQUIRE(paper.authors.size() == 1);
    CHECK(paper.authors[0].name == "K. Eleventh");
    CHECK(paper.authors[0].affiliation == "Prefix U");
  }

  TEST_CASE("a feed in no namespace is not an Atom feed")
  {
    const auto result = parse_atom_feed("<feed><entry><id>http://arxiv.org/abs/2301.00001v1</id></entry></feed>");
    CHECK(result.error == "expected an Atom <feed>, got <feed>");
    CHECK(result.feed.papers.empty());
  }

  TEST_CASE("a count that is not a number is an error")
  {
    const auto result = parse_atom_feed(
      "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:o='http://a9.com/-/spec/opensearch/1.1/'>"
      "<o:totalResults>many</o:totalResults></feed>");
    CHECK(result.error == "<opensearch:totalResults> 'many' is not a count");
  }

  TEST_CASE("CDATA and nested markup in a summary are kept as text")
  {
    const auto result = parse_atom_feed(
      "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>http://arxiv.org/abs/2301.00001v1</id>"
      "<title>T</title><summary>a <![CDATA[<b>]]> c</summary></entry></feed>");
    REQUIRE(result.error.empty());
    REQUIRE(result.feed.papers.size() == 1);
    CHECK(result.feed.papers[0].abstract == "a <b> c");
  }
}
