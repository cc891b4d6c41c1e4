#include "common/clock.hpp"
#include "replay/replay_server.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

#include <thread>

using namespace scout::replay;
using test::client_for;
using test::elapsed_ms;
using test::options_for;

namespace {

const std::string k_user_body = R"({"login":"octocat","id":583231,"type":"User","blog":"","company":null,)"
                                R"("repos_url":"{{base}}/users/octocat/repos"})";

std::string user_body(const ReplayServer& server)
{
  std::string body = k_user_body;
  body.replace(body.find("{{base}}"), 8, server.base_url());
  return body;
}

}  // namespace

TEST_SUITE("replay::ReplayServer faults")
{
  TEST_CASE("latency faults and global latency delay the answer")
  {
    ReplayOptions options = options_for(test::selftest_dir());
    options.latency_ms = 30;
    ReplayServer server(options);
    server.start();
    auto client = client_for(server);
    CHECK(elapsed_ms([&] { CHECK(client.Get("/users/octocat")->status == 200); }) >= 30);
    server.add_fault(parse_fault(R"({"kind":"latency","ms":50,"count":1})"));
    CHECK(elapsed_ms([&] { CHECK(client.Get("/users/octocat")->status == 200); }) >= 80);
    CHECK(server.faults().empty());
  }

  TEST_CASE("a 429 status fault carries Retry-After and a GitHub-style message")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"status","status":429,"retry_after":2,"count":1})"));
    auto client = client_for(server);
    const auto limited = client.Get("/users/octocat");
    REQUIRE(limited);
    CHECK(limited->status == 429);
    CHECK(limited->get_header_value("Retry-After") == "2");
    CHECK(limited->body == R"({"message":"Too Many Requests"})");
    CHECK(client.Get("/users/octocat")->status == 200);
  }

  TEST_CASE("a 403 rate-limit fault has Remaining 0 and a Reset in the future")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"status","status":403,"ratelimit_reset_in":30})"));
    auto client = client_for(server);
    const auto response = client.Get("/users/octocat");
    REQUIRE(response);
    CHECK(response->status == 403);
    CHECK(response->get_header_value("X-RateLimit-Remaining") == "0");
    CHECK(response->get_header_value("X-RateLimit-Limit") == "5000");
    const long long now = scout::to_unix_seconds(std::chrono::system_clock::now());
    const long long reset = std::stoll(response->get_header_value("X-RateLimit-Reset"));
    CHECK(reset > now);
    CHECK(reset <= now + 31);
    CHECK(response->body.find("rate limit exceeded") != std::string::npos);
  }

  TEST_CASE("a 5xx fault with count 2 fails twice, then the recording is served")
  {
    ReplayOptions options = options_for(test::selftest_dir());
    options.faults.push_back(parse_fault(R"({"kind":"status","status":502,"count":2})"));
    ReplayServer server(options);
    server.start();
    auto client = client_for(server);
    CHECK(client.Get("/users/octocat")->status == 502);
    CHECK(client.Get("/users/octocat")->status == 502);
    CHECK(client.Get("/users/octocat")->status == 200);
    CHECK(server.stats().by_status.at(502) == 2);
  }

  TEST_CASE("path_prefix limits a fault to matching paths")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"status","status":500,"path_prefix":"/api/"})"));
    auto client = client_for(server);
    CHECK(client.Get("/users/octocat")->status == 200);
    CHECK(client.Get("/api/models/google-bert/bert-base-uncased")->status == 500);
    CHECK(client.Get("/api/models/google-bert/bert-base-uncased")->status == 500);
    server.clear_faults();
    CHECK(client.Get("/api/models/google-bert/bert-base-uncased")->status == 200);
  }

  TEST_CASE("truncate announces the full length but closes after half the body")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"truncate","count":2})"));
    const test::RawResponse raw = test::raw_get(server.port(), "/users/octocat");
    CHECK(raw.head.find("HTTP/1.1 200") == 0);
    CHECK(raw.content_length == static_cast<long long>(user_body(server).size()));
    CHECK(raw.body == user_body(server).substr(0, user_body(server).size() / 2));

    auto client = client_for(server);
    const auto result = client.Get("/users/octocat");
    CHECK_FALSE(result);
    CHECK(result.error() != httplib::Error::Success);
    CHECK(client.Get("/users/octocat")->body == user_body(server));
  }

  TEST_CASE("malform cuts the body in half with a matching Content-Length")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"malform","count":1})"));
    const test::RawResponse raw = test::raw_get(server.port(), "/users/octocat");
    const std::string half = user_body(server).substr(0, user_body(server).size() / 2);
    CHECK(raw.head.find("HTTP/1.1 200") == 0);
    CHECK(raw.body == half);
    CHECK(raw.content_length == static_cast<long long>(half.size()));
  }

  TEST_CASE("html replaces the body with an HTML error page served as 200")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"html","count":1})"));
    auto client = client_for(server);
    const auto response = client.Get("/users/octocat");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(response->body.find("<html>") != std::string::npos);
    CHECK_FALSE(response->has_header("ETag"));
  }

  TEST_CASE("drip delivers the whole body slowly")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"drip","chunk_bytes":16,"interval_ms":5})"));
    auto client = client_for(server);
    const std::size_t chunks = (user_body(server).size() + 15) / 16;
    const long long took = elapsed_ms([&] {
      const auto response = client.Get("/users/octocat");
      REQUIRE(response);
      CHECK(response->status == 200);
      CHECK(response->body == user_body(server));
    });
    CHECK(took >= static_cast<long long>((chunks - 1) * 5));
  }

  TEST_CASE("stop cuts a long delay short")
  {
    ReplayServer server(options_for(test::selftest_dir()));
    server.start();
    server.add_fault(parse_fault(R"({"kind":"latency","ms":20000})"));
    std::thread request([&server] { client_for(server).Get("/users/octocat"); });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(elapsed_ms([&] { server.stop(); }) < 2000);
    request.join();
  }
}
