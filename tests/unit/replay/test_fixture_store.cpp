#include "common/error.hpp"
#include "replay/fixture_parser.hpp"
#include "replay/fixture_store.hpp"
#include "replay/query.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;
using scout::replay::test::TempDir;

namespace {

// The message of the ConfigError that loading `dir` throws, or "" when it loads.
std::string load_error(const TempDir& dir)
{
  try {
    FixtureStore::load(dir.path().string());
  } catch (const scout::ConfigError& error) {
    return error.what();
  }
  return "";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("replay::FixtureStore")
{
  TEST_CASE("loads every json file recursively and indexes by normalised route")
  {
    const FixtureStore store = FixtureStore::load(test::selftest_dir());
    CHECK(store.size() == 10);
    CHECK(store.find(route_key("GET", "/users/octocat", "")) != nullptr);
    CHECK(store.find(route_key("GET", "/users/shipit[bot]", "")) != nullptr);
    const Route* page2 = store.find(route_key("GET", "/users/octocat/repos", "page=2&per_page=100"));
    REQUIRE(page2 != nullptr);
    CHECK(page2->responses.at(0).body == "[{\"name\":\"spoon-knife\",\"stargazers_count\":12000}]");
    CHECK(store.find(route_key("POST", "/api/echo", "")) != nullptr);
  }

  TEST_CASE("body_file is read relative to the fixture file and typed by extension")
  {
    const FixtureStore store = FixtureStore::load(test::selftest_dir());
    const Route* route =
      store.find(route_key("GET", "/api/query", normalise_query("search_query=all:electron&start=0&max_results=1")));
    REQUIRE(route != nullptr);
    const RecordedResponse& response = route->responses.at(0);
    CHECK(contains(response.body, "<opensearch:totalResults>1</opensearch:totalResults>"));
    REQUIRE(find_header(response.headers, "content-type") != nullptr);
    CHECK(*find_header(response.headers, "content-type") == "application/atom+xml; charset=utf-8");
  }

  TEST_CASE("invalid JSON names the file and line")
  {
    TempDir dir;
    const auto file = dir.write("sub/broken.json", "{\n  \"request\": {\"path\": \"/x\"},\n  oops\n}");
    const std::string error = load_error(dir);
    CHECK(contains(error, file.string() + ":3: invalid JSON"));
  }

  TEST_CASE("structural mistakes name the file, the location and the problem")
  {
    TempDir dir;
    std::string fixture;
    std::string expected;
    SUBCASE("missing path")
    {
      fixture = R"({"request": {"method": "GET"}, "response": {}})";
      expected = "exchange.request.path: required";
    }
    SUBCASE("unknown key")
    {
      fixture = R"([{"request": {"path": "/x"}, "response": {"stauts": 200}}])";
      expected = "[0].response: unknown key \"stauts\"";
    }
    SUBCASE("bad status")
    {
      fixture = R"({"request": {"path": "/x"}, "response": {"status": "200"}})";
      expected = "exchange.response.status: must be an integer";
    }
    SUBCASE("both response and responses")
    {
      fixture = R"({"request": {"path": "/x"}, "response": {}, "responses": [{}]})";
      expected = "needs exactly one of \"response\" or \"responses\"";
    }
    SUBCASE("two bodies")
    {
      fixture = R"({"request": {"path": "/x"}, "response": {"body": "a", "body_json": {}}})";
      expected = "at most one of";
    }
    SUBCASE("missing body_file")
    {
      fixture = R"({"request": {"path": "/x"}, "response": {"body_file": "nope.xml"}})";
      expected = "body_file: file";
    }
    const auto file = dir.write("bad.json", fixture);
    const std::string error = load_error(dir);
    CHECK_MESSAGE(contains(error, file.string() + ": "), error);
    CHECK_MESSAGE(contains(error, expected), error);
  }

  TEST_CASE("the same route in two files is an error naming both")
  {
    TempDir dir;
    dir.write("a.json", R"({"request": {"path": "/x", "query": "b=2&a=1"}, "response": {}})");
    dir.write("b.json", R"({"request": {"path": "/x?a=1&b=2"}, "response": {}})");
    const std::string error = load_error(dir);
    CHECK(contains(error, "duplicate route GET /x?a=1&b=2"));
    CHECK(contains(error, "a.json"));
    CHECK(contains(error, "b.json"));
  }

  TEST_CASE("a missing folder is an error naming it")
  {
    CHECK_THROWS_WITH_AS(FixtureStore::load("/nonexistent/replay"),
                         doctest::Contains("/nonexistent/replay: fixture folder does not exist"), scout::ConfigError);
  }

  TEST_CASE("method defaults to GET and is upper-cased")
  {
    const auto routes = parse_fixture_text(R"([{"request": {"path": "/a"}, "response": {}},
                                              {"request": {"method": "post", "path": "/b"}, "response": {}}])",
                                           "inline.json", ".");
    REQUIRE(routes.size() == 2);
    CHECK(routes[0].method == "GET");
    CHECK(routes[1].method == "POST");
    CHECK(routes[0].responses.at(0).status == 200);
  }
}
