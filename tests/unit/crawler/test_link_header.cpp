#include "crawler/http/link_header.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using scout::crawler::Headers;
using scout::crawler::next_link;
using scout::crawler::parse_link_header;

namespace {

std::optional<std::string> next_of(const std::string& value)
{
  Headers headers;
  headers.add("link", value);
  return next_link(headers);
}

}  // namespace

TEST_SUITE("crawler::link_header")
{
  TEST_CASE("next_link finds rel=next in GitHub, Hugging Face and hand-written headers")
  {
    struct Row {
      const char* name;
      const char* value;
      std::optional<std::string> next;
    };
    const Row rows[] = {
      {"github first page",
       "<https://api.github.com/repositories/515435940/issues?per_page=3&page=2>; rel=\"next\", "
       "<https://api.github.com/repositories/515435940/issues?per_page=3&page=5>; rel=\"last\"",
       "https://api.github.com/repositories/515435940/issues?per_page=3&page=2"},
      {"github middle page, next after prev",
       "<https://api.github.com/repositories/3544490/releases?per_page=10&page=1>; rel=\"prev\", "
       "<https://api.github.com/repositories/3544490/releases?per_page=10&page=3>; rel=\"next\", "
       "<https://api.github.com/repositories/3544490/releases?per_page=10&page=3>; rel=\"last\", "
       "<https://api.github.com/repositories/3544490/releases?per_page=10&page=1>; rel=\"first\"",
       "https://api.github.com/repositories/3544490/releases?per_page=10&page=3"},
      {"github last page has no next",
       "<https://api.github.com/repositories/3544490/releases?per_page=10&page=2>; rel=\"prev\", "
       "<https://api.github.com/repositories/3544490/releases?per_page=10&page=1>; rel=\"first\"",
       std::nullopt},
      {"since paging with a URI-template first",
       "<https://api.github.com/users?since=135>; rel=\"next\", <https://api.github.com/users{?since}>; rel=\"first\"",
       "https://api.github.com/users?since=135"},
      {"URI-template first before next",
       "<https://api.github.com/users{?since}>; rel=\"first\", <https://api.github.com/users?since=46>; rel=\"next\"",
       "https://api.github.com/users?since=46"},
      {"several rels in one value", "<https://x.org/p?page=2>; rel=\"next last\"", "https://x.org/p?page=2"},
      {"hugging face cursor with commas and encoded characters",
       "<https://huggingface.co/api/models?cursor=eyJ2IjpbMSwyXX0%3D,x%2Cy&limit=100&expand[]=a,b>; rel=\"next\"",
       "https://huggingface.co/api/models?cursor=eyJ2IjpbMSwyXX0%3D,x%2Cy&limit=100&expand[]=a,b"},
      {"params in any order, unquoted, odd spacing",
       "  <https://x.org/a>;type=\"text/html\" ;REL=Next ;title=\"a, b; c\"", "https://x.org/a"},
      {"quoted parameter with a comma before next",
       "<https://x.org/1>; title=\"one, two\"; rel=prev, <https://x.org/2>; rel=next", "https://x.org/2"},
      {"malformed element is skipped", "garbage; rel=next, <https://x.org/3>; rel=\"next\"", "https://x.org/3"},
      {"empty value", "", std::nullopt},
    };
    for (const Row& row : rows) {
      CAPTURE(row.name);
      CHECK(next_of(row.value) == row.next);
    }
  }

  TEST_CASE("next_link looks through every Link header line")
  {
    Headers headers;
    headers.add("Content-Type", "application/json");
    headers.add("Link", "<https://x.org/1>; rel=\"prev\"");
    headers.add("LINK", "<https://x.org/3>; rel=\"next\"");
    CHECK(next_link(headers) == "https://x.org/3");
    CHECK_FALSE(next_link(Headers{}).has_value());
  }

  TEST_CASE("parse_link_header keeps rels and other parameters")
  {
    const auto links =
      parse_link_header("<https://x.org/a>; rel=\"next last\"; title=\"A \\\"b\\\"\", <https://x.org/b>");
    REQUIRE(links.size() == 2);
    CHECK(links[0].target == "https://x.org/a");
    CHECK(links[0].rels == std::vector<std::string>{"next", "last"});
    REQUIRE(links[0].params.size() == 1);
    CHECK(links[0].params[0].first == "title");
    CHECK(links[0].params[0].second == "A \"b\"");
    CHECK(links[1].target == "https://x.org/b");
    CHECK(links[1].rels.empty());
  }
}
