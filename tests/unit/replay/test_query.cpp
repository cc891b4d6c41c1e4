#include "replay/query.hpp"

#include <doctest/doctest.h>

using scout::replay::normalise_path;
using scout::replay::normalise_query;
using scout::replay::percent_decode;
using scout::replay::route_key;

TEST_SUITE("replay::query")
{
  TEST_CASE("parameter order does not matter")
  {
    CHECK(normalise_query("per_page=100&page=2") == normalise_query("page=2&per_page=100"));
    CHECK(normalise_query("page=2&per_page=100") == "page=2&per_page=100");
  }

  TEST_CASE("percent-encoding and plus-for-space do not matter")
  {
    const std::string expected = normalise_query("q=language:python location:\"New York\"");
    CHECK(normalise_query("q=language%3Apython+location%3A%22New+York%22") == expected);
    CHECK(normalise_query("q=language:python%20location:%22New%20York%22") == expected);
    CHECK(expected == "q=language:python%20location:\"New%20York\"");
  }

  TEST_CASE("encoded separators stay distinct from real ones")
  {
    CHECK(normalise_query("q=a%26b") != normalise_query("q=a&b"));
    CHECK(normalise_query("q=a%2Bb") == "q=a%2Bb");
    CHECK(normalise_query("q=a+b") == "q=a%20b");
  }

  TEST_CASE("empty parts and a leading question mark are ignored")
  {
    CHECK(normalise_query("?a=1&&b=2&") == "a=1&b=2");
    CHECK(normalise_query("") == "");
  }

  TEST_CASE("paths are percent-decoded but keep plus signs")
  {
    CHECK(normalise_path("/users/shipit%5Bbot%5D") == "/users/shipit[bot]");
    CHECK(normalise_path("/a+b") == "/a+b");
    CHECK(percent_decode("100%", true) == "100%");
    CHECK(percent_decode("%zz", true) == "%zz");
  }

  TEST_CASE("route keys show the query only when there is one")
  {
    CHECK(route_key("GET", "/users/x", "") == "GET /users/x");
    CHECK(route_key("GET", "/users/x", "page=2") == "GET /users/x?page=2");
  }
}
