#include "replay/conditional.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;

TEST_SUITE("replay::conditional")
{
  TEST_CASE("If-None-Match matches weak, strong, listed and wildcard tags")
  {
    CHECK(etag_matches("\"abc\"", "\"abc\""));
    CHECK(etag_matches("W/\"abc\"", "\"abc\""));
    CHECK(etag_matches("\"abc\"", "W/\"abc\""));
    CHECK(etag_matches("\"x\", W/\"abc\"", "\"abc\""));
    CHECK(etag_matches("*", "\"abc\""));
    CHECK_FALSE(etag_matches("\"abcd\"", "\"abc\""));
    CHECK_FALSE(etag_matches("", "\"abc\""));
  }

  TEST_CASE("body etags are strong, stable and differ by body")
  {
    CHECK(body_etag("hello") == body_etag("hello"));
    CHECK(body_etag("hello") != body_etag("hello!"));
    CHECK(body_etag("").size() == 18);
    CHECK(body_etag("x").front() == '"');
  }

  TEST_CASE("a matching 200 becomes an empty 304 that keeps its validators")
  {
    Reply reply;
    reply.body = "{}";
    reply.headers = {{"ETag", "\"abc\""}, {"Content-Type", "application/json"}};
    CHECK(apply_conditional({{"if-none-match", "W/\"abc\""}}, reply));
    CHECK(reply.status == 304);
    CHECK(reply.body.empty());
    CHECK(find_header(reply.headers, "ETag") != nullptr);
    CHECK(find_header(reply.headers, "Content-Type") == nullptr);
  }

  TEST_CASE("If-None-Match wins over If-Modified-Since")
  {
    Reply reply;
    reply.headers = {{"ETag", "\"abc\""}, {"Last-Modified", "Tue, 21 Nov 2023 10:00:00 GMT"}};
    const Headers request{{"If-None-Match", "\"old\""}, {"If-Modified-Since", "Tue, 21 Nov 2023 10:00:00 GMT"}};
    CHECK_FALSE(apply_conditional(request, reply));
    CHECK(reply.status == 200);
  }
}
