#include "replay/replay_server.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;
using test::client_for;
using test::options_for;

TEST_SUITE("replay::ReplayServer control API")
{
  TEST_CASE("faults are added, listed and cleared over HTTP")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto added = client.Post("/__replay/faults",
                                   R"({"kind":"status","status":429,"retry_after":2,"count":1,"path_prefix":"/users"})",
                                   "application/json");
    REQUIRE(added);
    CHECK(added->status == 201);
    CHECK(added->body == R"({"ok":true,"active":1})");
    const auto listed = client.Get("/__replay/faults");
    CHECK(listed->body
          == R"({"faults":[{"kind":"status","path_prefix":"/users","count":1,"status":429,"retry_after":2}]})");
    CHECK(client.Get("/users/octocat")->status == 429);
    CHECK(client.Get("/users/octocat")->status == 200);

    client.Post("/__replay/faults", R"([{"kind":"status","status":503},{"kind":"latency","ms":1}])",
                "application/json");
    CHECK(server.faults().size() == 2);
    CHECK(client.Delete("/__replay/faults")->status == 200);
    CHECK(server.faults().empty());
    CHECK(client.Get("/users/octocat")->status == 200);
  }

  TEST_CASE("an invalid fault is refused with 400 and a reason")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const auto refused = client.Post("/__replay/faults", R"({"kind":"status"})", "application/json");
    REQUIRE(refused);
    CHECK(refused->status == 400);
    CHECK(refused->body.find("status: required") != std::string::npos);
    CHECK(client.Get("/__replay/nothing")->status == 404);
  }

  TEST_CASE("stats count requests per route, path and status, never control requests")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    client.Get("/users/octocat");
    client.Get("/users/octocat");
    client.Get("/users/octocat/repos?page=2&per_page=100");
    client.Get("/users/octocat/repos?per_page=100&page=1");
    client.Get("/missing");
    const auto stats = client.Get("/__replay/stats");
    REQUIRE(stats);
    CHECK(stats->body
          == R"({"requests":5,"by_route":{"GET /missing":1,"GET /users/octocat":2,)"
             R"("GET /users/octocat/repos?page=1&per_page=100":1,)"
             R"("GET /users/octocat/repos?page=2&per_page=100":1},)"
             R"("by_path":{"GET /missing":1,"GET /users/octocat":2,"GET /users/octocat/repos":2},)"
             R"("by_status":{"200":4,"404":1}})");
    CHECK(server.stats().requests == 5);
  }

  TEST_CASE("reset zeroes counters and rewinds response sequences")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    auto client = client_for(server);
    const std::string path = "/repos/octocat/hello-world/stats/contributors";
    CHECK(client.Get(path)->status == 202);
    CHECK(client.Get(path)->status == 200);
    CHECK(client.Post("/__replay/reset", "", "application/json")->status == 200);
    CHECK(server.stats().requests == 0);
    CHECK(server.stats().by_route.empty());
    CHECK(client.Get(path)->status == 202);
    CHECK(server.stats().requests == 1);
  }
}
