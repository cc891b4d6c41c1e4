#include "crawler/http/http_types.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using scout::crawler::Headers;

TEST_SUITE("crawler::Headers")
{
  TEST_CASE("get matches names in any case and returns the first value")
  {
    Headers headers;
    headers.add("Link", "<a>; rel=\"next\"");
    headers.add("link", "<b>; rel=\"last\"");
    CHECK(headers.get("LINK") == "<a>; rel=\"next\"");
    CHECK(headers.get("link") == "<a>; rel=\"next\"");
    CHECK_FALSE(headers.get("Location").has_value());
  }

  TEST_CASE("items keep arrival order and the names as sent")
  {
    Headers headers;
    CHECK(headers.empty());
    headers.add("Set-Cookie", "a=1");
    headers.add("ETag", "\"x\"");
    headers.add("set-cookie", "b=2");
    const std::vector<std::pair<std::string, std::string>> expected{
      {"Set-Cookie", "a=1"}, {"ETag", "\"x\""}, {"set-cookie", "b=2"}};
    CHECK(headers.items() == expected);
    CHECK_FALSE(headers.empty());
  }

  TEST_CASE("get_int parses a whole number and nothing else")
  {
    Headers headers;
    headers.add("X-RateLimit-Remaining", "4999");
    headers.add("Retry-After", " 30 ");
    headers.add("X-Negative", "-5");
    headers.add("X-Date", "Wed, 21 Oct 2015 07:28:00 GMT");
    headers.add("X-Suffix", "12abc");
    headers.add("X-Empty", "");
    headers.add("X-Huge", "99999999999999999999999");
    CHECK(headers.get_int("x-ratelimit-remaining") == 4999);
    CHECK(headers.get_int("Retry-After") == 30);
    CHECK(headers.get_int("X-Negative") == -5);
    CHECK_FALSE(headers.get_int("X-Date").has_value());
    CHECK_FALSE(headers.get_int("X-Suffix").has_value());
    CHECK_FALSE(headers.get_int("X-Empty").has_value());
    CHECK_FALSE(headers.get_int("X-Huge").has_value());
    CHECK_FALSE(headers.get_int("X-Absent").has_value());
  }
}
