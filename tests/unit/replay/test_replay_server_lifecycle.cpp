#include "common/error.hpp"
#include "replay/replay_server.hpp"
#include "unit/replay/replay_test_support.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace scout::replay;
using test::client_for;
using test::elapsed_ms;
using test::options_for;

TEST_SUITE("replay::ReplayServer lifecycle")
{
  TEST_CASE("32 concurrent clients against 50 ms latency are served in parallel")
  {
    ReplayOptions options = options_for(test::selftest_dir());
    options.threads = 64;
    options.latency_ms = 50;
    ReplayServer server(options);
    server.start();
    std::atomic<int> ok{0};
    const long long took = elapsed_ms([&] {
      std::vector<std::thread> clients;
      for (int i = 0; i < 32; ++i) {
        clients.emplace_back([&] {
          auto client = client_for(server);
          client.set_keep_alive(true);
          for (int j = 0; j < 2; ++j) {
            const auto response = client.Get("/users/octocat");
            ok += response && response->status == 200 ? 1 : 0;
          }
        });
      }
      for (std::thread& client : clients) {
        client.join();
      }
    });
    CHECK(ok == 64);
    CHECK(server.stats().requests == 64);
    CHECK(took < 1600);  // serially it would take 3200 ms
  }

  TEST_CASE("refuses non-loopback hosts and bad options")
  {
    ReplayOptions options = options_for(test::selftest_dir());
    options.host = "0.0.0.0";
    CHECK_THROWS_WITH_AS(ReplayServer{options}, doctest::Contains("refusing to bind a non-loopback address"),
                         scout::UsageError);
    options.host = "127.0.0.1";
    options.rate_window_s = 0;
    CHECK_THROWS_AS(ReplayServer{options}, scout::UsageError);
    CHECK(is_loopback_host("127.0.0.1"));
    CHECK(is_loopback_host("127.1.2.3"));
    CHECK(is_loopback_host("::1"));
    CHECK(is_loopback_host("LocalHost"));
    CHECK_FALSE(is_loopback_host("10.0.0.1"));
    CHECK_FALSE(is_loopback_host("::"));
    CHECK_FALSE(is_loopback_host("example.com"));
  }

  TEST_CASE("a malformed fixture file stops the server from being created")
  {
    test::TempDir dir;
    const auto file = dir.write("github/user.json", R"({"request": {"path": "/x"}, "response": {"status": 99}})");
    const std::string expected = file.string() + ": exchange.response.status";
    CHECK_THROWS_WITH_AS(ReplayServer{options_for(dir.path().string())}, doctest::Contains(expected.c_str()),
                         scout::ConfigError);
  }

  TEST_CASE("a fixed port is honoured and a taken one is reported")
  {
    ReplayServer first(options_for(test::selftest_dir()));
    first.start();
    ReplayOptions options = options_for(test::selftest_dir());
    options.port = first.port();
    ReplayServer second(options);
    CHECK_THROWS_WITH_AS(second.start(), doctest::Contains("cannot bind 127.0.0.1"), scout::Error);
    first.stop();
    first.stop();
  }

  TEST_CASE("localhost binds 127.0.0.1")
  {
    ReplayOptions options = options_for(test::selftest_dir());
    options.host = "localhost";
    ReplayServer server(options);
    server.start();
    CHECK(server.base_url() == "http://127.0.0.1:" + std::to_string(server.port()));
    CHECK(client_for(server).Get("/users/octocat")->status == 200);
  }
}
