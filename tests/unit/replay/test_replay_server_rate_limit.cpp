#include "common/clock.hpp"
#include "replay/replay_server.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;
using test::client_for;
using test::options_for;

namespace {

ReplayOptions limited(RateStyle style, int limit)
{
  ReplayOptions options = options_for(test::selftest_dir());
  options.rate_limit = limit;
  options.rate_window_s = 60;
  options.rate_style = style;
  return options;
}

long long now_s() { return scout::to_unix_seconds(std::chrono::system_clock::now()); }

}  // namespace

TEST_SUITE("replay::ReplayServer rate limit")
{
  TEST_CASE("github style: X-RateLimit headers on every answer, 403 beyond the limit")
  {
    ReplayServer server(limited(RateStyle::github, 2));
    server.start();
    auto client = client_for(server);
    const auto first = client.Get("/users/octocat");
    REQUIRE(first);
    CHECK(first->status == 200);
    CHECK(first->get_header_value("X-RateLimit-Limit") == "2");
    CHECK(first->get_header_value("X-RateLimit-Remaining") == "1");
    CHECK(first->get_header_value("X-RateLimit-Used") == "1");
    CHECK(first->get_header_value("X-RateLimit-Resource") == "core");
    CHECK(first->get_header_value_count("X-RateLimit-Remaining") == 1);
    const long long reset = std::stoll(first->get_header_value("X-RateLimit-Reset"));
    CHECK(reset > now_s());
    CHECK(reset <= now_s() + 61);
    CHECK(client.Get("/missing")->get_header_value("X-RateLimit-Remaining") == "0");

    const auto refused = client.Get("/users/octocat");
    REQUIRE(refused);
    CHECK(refused->status == 403);
    CHECK(refused->get_header_value("X-RateLimit-Remaining") == "0");
    CHECK(refused->body.find("API rate limit exceeded") != std::string::npos);
    const Stats stats = server.stats();
    CHECK(stats.requests == 3);
    CHECK(stats.by_status.at(403) == 1);
    CHECK(stats.by_status.at(200) == 1);
    CHECK(stats.by_status.at(404) == 1);
  }

  TEST_CASE("hf style: 429 with RateLimit, RateLimit-Policy and Retry-After")
  {
    ReplayServer server(limited(RateStyle::hf, 1));
    server.start();
    auto client = client_for(server);
    const auto allowed = client.Get("/api/models/google-bert/bert-base-uncased");
    REQUIRE(allowed);
    CHECK(allowed->status == 200);
    CHECK(allowed->get_header_value("RateLimit").find("\"api\";r=0;t=") == 0);
    const auto refused = client.Get("/api/models/google-bert/bert-base-uncased");
    REQUIRE(refused);
    CHECK(refused->status == 429);
    const std::string header = refused->get_header_value("RateLimit");
    CHECK(header.find("\"api\";r=0;t=") == 0);
    const int reset_in = std::stoi(header.substr(header.find("t=") + 2));
    CHECK(reset_in >= 1);
    CHECK(reset_in <= 60);
    CHECK(refused->get_header_value("RateLimit-Policy") == "\"fixed window\";\"api\";q=1;w=60");
    CHECK(refused->get_header_value("Retry-After") == std::to_string(reset_in));
    CHECK_FALSE(refused->has_header("X-RateLimit-Remaining"));
    CHECK(server.stats().by_status.at(429) == 1);
  }

  TEST_CASE("plain style: 429 with only Retry-After and reset opens a new window")
  {
    ReplayServer server(limited(RateStyle::plain, 1));
    server.start();
    auto client = client_for(server);
    const auto allowed = client.Get("/users/octocat");
    CHECK(allowed->status == 200);
    CHECK_FALSE(allowed->has_header("RateLimit"));
    CHECK(allowed->get_header_value("X-RateLimit-Remaining") == "4996");
    const auto refused = client.Get("/users/octocat");
    CHECK(refused->status == 429);
    CHECK(refused->has_header("Retry-After"));
    server.reset_stats();
    CHECK(client.Get("/users/octocat")->status == 200);
  }

  TEST_CASE("control requests are not rate limited")
  {
    ReplayServer server(limited(RateStyle::github, 1));
    server.start();
    auto client = client_for(server);
    for (int i = 0; i < 3; ++i) {
      CHECK(client.Get("/__replay/stats")->status == 200);
    }
    CHECK(client.Get("/users/octocat")->status == 200);
  }
}
