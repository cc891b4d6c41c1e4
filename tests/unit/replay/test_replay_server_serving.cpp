#include "replay/replay_server.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;
using test::client_for;
using test::options_for;

TEST_SUITE("replay::ReplayServer serving")
{
  TEST_CASE("serves a recorded response with its status, headers and compact body_json")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    CHECK(server.port() > 0);
    CHECK(server.base_url() == "http://127.0.0.1:" + std::to_string(server.port()));
    auto client = client_for(server);
    const auto response = client.Get("/users/octocat");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->get_header_value("ETag") == "\"8600bedc1f0c\"");
    CHECK(response->get_header_value("X-RateLimit-Remaining") == "4996");
    CHECK(response->get_header_value("Content-Type") == "application/json; charset=utf-8");
    CHECK(response->body
          == R"({"login":"octocat","id":583231,"type":"User","blog":"","company":null,)"
             R"("repos_url":")"
               + server.base_url() + R"(/users/octocat/repos"})");
  }

  TEST_CASE("{{base}} in Link headers points back at the server")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto response = client.Get("/users/octocat/repos?per_page=100&page=1");
    REQUIRE(response);
    const std::string next = "<" + server.base_url() + "/users/octocat/repos?per_page=100&page=2>; rel=\"next\"";
    CHECK(response->get_header_value("Link").find(next) == 0);
    CHECK(response->body == R"([{"name":"hello-world","stargazers_count":2000}])");
  }

  TEST_CASE("query parameters match in any order and encoding")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    CHECK(client.Get("/users/octocat/repos?page=2&per_page=100")->status == 200);
    CHECK(client.Get("/users/octocat/repos?per_page=100&page=2")->status == 200);
    CHECK(client.Get("/search/users?per_page=30&q=language:python%20location:%22New%20York%22")->status == 200);
    CHECK(client.Get("/users/shipit%5Bbot%5D")->status == 200);
    CHECK(server.stats().by_path.at("GET /users/octocat/repos") == 2);
  }

  TEST_CASE("unmatched requests get a 404 naming the request")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto response = client.Get("/x?y");
    REQUIRE(response);
    CHECK(response->status == 404);
    CHECK(response->body == R"({"message":"Not Found","replay":"no recorded response for GET /x?y"})");
    CHECK(client.Get("/users/octocat/repos?page=3")->status == 404);
    CHECK(client.Post("/users/octocat", "", "application/json")->status == 404);
  }

  TEST_CASE("body_file serves Atom XML with an Atom content type")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto response = client.Get("/api/query?search_query=all%3Aelectron&start=0&max_results=1");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->get_header_value("Content-Type") == "application/atom+xml; charset=utf-8");
    CHECK(response->body.find("<id>http://arxiv.org/abs/hep-ex/0307015v1</id>") != std::string::npos);
  }

  TEST_CASE("a response sequence is served in order and its last answer repeats")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const std::string path = "/repos/octocat/hello-world/stats/contributors";
    CHECK(client.Get(path)->status == 202);
    CHECK(client.Get(path)->status == 200);
    CHECK(client.Get(path)->status == 200);
    server.reset_stats();
    CHECK(client.Get(path)->status == 202);
  }

  TEST_CASE("redirects, POST routes and HEAD are served as recorded")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto redirect = client.Get("/api/models/bert-base-uncased");
    REQUIRE(redirect);
    CHECK(redirect->status == 307);
    CHECK(redirect->get_header_value("Location") == "/api/models/google-bert/bert-base-uncased");
    CHECK(client.Post("/api/echo", "{}", "application/json")->status == 201);
    const auto head = client.Head("/users/octocat");
    REQUIRE(head);
    CHECK(head->status == 200);
    CHECK(head->body.empty());
  }

  TEST_CASE("gzip is used when the client accepts it")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    client.set_decompress(false);
    const std::string path = "/api/models/google-bert/bert-base-uncased";
    const auto response = client.Get(path, {{"Accept-Encoding", "gzip"}});
    REQUIRE(response);
    CHECK(response->get_header_value("Content-Type") == "application/json");
    CHECK(response->get_header_value("Content-Encoding") == "gzip");
    CHECK(response->body.substr(0, 2) == "\x1f\x8b");
    client.set_decompress(true);
    CHECK(client.Get(path, {{"Accept-Encoding", "gzip"}})->body.find("google-bert") != std::string::npos);
  }
}

TEST_SUITE("replay::ReplayServer conditional requests")
{
  TEST_CASE("If-None-Match with the recorded ETag gives an empty 304 echoing it")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    for (const std::string tag : {"\"8600bedc1f0c\"", "W/\"8600bedc1f0c\"", "\"other\", \"8600bedc1f0c\""}) {
      const auto response = client.Get("/users/octocat", {{"If-None-Match", tag}});
      REQUIRE(response);
      CHECK(response->status == 304);
      CHECK(response->body.empty());
      CHECK(response->get_header_value("ETag") == "\"8600bedc1f0c\"");
    }
    CHECK(client.Get("/users/octocat", {{"If-None-Match", "\"stale\""}})->status == 200);
    CHECK(server.stats().by_status.at(304) == 3);
  }

  TEST_CASE("If-Modified-Since equal to Last-Modified gives 304")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const std::string recorded = "Tue, 21 Nov 2023 10:00:00 GMT";
    CHECK(client.Get("/users/octocat", {{"If-Modified-Since", recorded}})->status == 304);
    CHECK(client.Get("/users/octocat", {{"If-Modified-Since", "Mon, 20 Nov 2023 10:00:00 GMT"}})->status == 200);
  }

  TEST_CASE("auto_etag gives every 200 an ETag that conditional requests honour")
  {
    ReplayOptions options = options_for(test::selftest_dir());
    options.auto_etag = true;
    ReplayServer server(options);
    server.start();
    auto client = client_for(server);
    const auto first = client.Get("/api/models/google-bert/bert-base-uncased");
    REQUIRE(first);
    const std::string etag = first->get_header_value("ETag");
    CHECK(etag.size() == 18);
    const auto second = client.Get("/api/models/google-bert/bert-base-uncased", {{"If-None-Match", etag}});
    CHECK(second->status == 304);
    CHECK(client.Get("/users/octocat")->get_header_value("ETag") == "\"8600bedc1f0c\"");
    CHECK_FALSE(client.Get("/api/models/bert-base-uncased")->has_header("ETag"));
  }

  TEST_CASE("without auto_etag a fixture without ETag never answers 304")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto response = client.Get("/api/models/google-bert/bert-base-uncased", {{"If-None-Match", "\"x\""}});
    CHECK(response->status == 200);
    CHECK_FALSE(response->has_header("ETag"));
  }
}
