#include "crawler/http/url.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::parse_url;
using scout::crawler::resolve_reference;
using scout::crawler::same_origin;

TEST_SUITE("crawler::Url")
{
  TEST_CASE("parse_url splits host, path and query and lower-cases the host")
  {
    struct Row {
      const char* text;
      const char* scheme;
      const char* host;
      const char* path;
      const char* query;
    };
    const Row rows[] = {
      {"https://API.GitHub.com/users/octocat?per_page=100", "https", "api.github.com", "/users/octocat",
       "per_page=100"},
      {"HTTPS://huggingface.co", "https", "huggingface.co", "/", ""},
      {"http://export.arxiv.org:80/api/query?search_query=all:x#frag", "http", "export.arxiv.org", "/api/query",
       "search_query=all:x"},
      {"https://api.github.com:443/x", "https", "api.github.com", "/x", ""},
      {"http://127.0.0.1:8080/api/models?cursor=a%2Cb", "http", "127.0.0.1:8080", "/api/models", "cursor=a%2Cb"},
      {"https://user:secret@example.org/p", "https", "example.org", "/p", ""},
      {"http://[::1]:9000/x", "http", "[::1]:9000", "/x", ""},
      {"https://example.org?q=1", "https", "example.org", "/", "q=1"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.text);
      const auto url = parse_url(row.text);
      REQUIRE(url.has_value());
      CHECK(url->scheme == row.scheme);
      CHECK(url->host == row.host);
      CHECK(url->path == row.path);
      CHECK(url->query == row.query);
    }
  }

  TEST_CASE("parse_url rejects text without a scheme or host")
  {
    // libcurl's parser decides, so a URL it would refuse to fetch (a space in it) is none here.
    for (const char* text : {"", "/users/octocat", "api.github.com/users", "https://", "https:///path", "http://h/a b",
                             "http://exa mple.org/"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_url(text).has_value());
    }
  }

  TEST_CASE("same_origin compares scheme, host and port")
  {
    CHECK(same_origin("https://api.github.com/a", "https://API.github.com:443/b?x=1"));
    CHECK_FALSE(same_origin("https://api.github.com/a", "http://api.github.com/a"));
    CHECK_FALSE(same_origin("https://api.github.com/a", "https://codeload.github.com/a"));
    CHECK_FALSE(same_origin("http://127.0.0.1:8080/a", "http://127.0.0.1:8081/a"));
    CHECK_FALSE(same_origin("not a url", "not a url"));
  }

  TEST_CASE("resolve_reference makes Location values absolute")
  {
    const std::string base = "https://api.github.com/repos/a/b/contents?ref=main";
    CHECK(resolve_reference(base, "https://x.org/y") == "https://x.org/y");
    CHECK(resolve_reference(base, "//cdn.example.org/f") == "https://cdn.example.org/f");
    CHECK(resolve_reference(base, "/repositories/1") == "https://api.github.com/repositories/1");
    CHECK(resolve_reference(base, "?page=2") == "https://api.github.com/repos/a/b/contents?page=2");
    CHECK(resolve_reference(base, "readme") == "https://api.github.com/repos/a/b/readme");
    CHECK_FALSE(resolve_reference("relative", "/x").has_value());
  }
}
