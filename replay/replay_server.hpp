#pragma once

#include "common/clock.hpp"
#include "replay/fault.hpp"
#include "replay/fixture_store.hpp"
#include "replay/replay_options.hpp"
#include "replay/replay_state.hpp"
#include "replay/responder.hpp"
#include "replay/stats.hpp"

#include <atomic>
#include <cstddef>
#include <memory>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace scout::replay {

// Serves recorded API responses from a fixture folder over HTTP on a loopback
// address, with injectable faults and an optional enforced rate limit. Nothing it
// serves ever comes from the network. Typical test use:
//   ReplayServer server({.fixture_dir = "tests/fixtures/github"});
//   server.start();
//   client.get(server.base_url() + "/users/octocat");
//   CHECK(server.stats().requests == 1);
class ReplayServer {
public:
  // Validates the options (scout::UsageError) and loads every fixture
  // (scout::ConfigError naming the bad file). Starts nothing.
  explicit ReplayServer(ReplayOptions options);
  ~ReplayServer();  // stop()s
  ReplayServer(const ReplayServer&) = delete;
  ReplayServer& operator=(const ReplayServer&) = delete;

  // Binds (port 0: any free port) and serves on a thread of its own plus a pool of
  // `threads` workers. Requests are accepted once start() returns. Throws
  // scout::Error when the address cannot be bound or start() was called before.
  void start();

  // Stops serving and joins every thread; waits for in-flight answers, cutting
  // delays and drips short. Idempotent.
  void stop();

  // The bound port; 0 before start().
  int port() const { return m_port; }
  // "http://127.0.0.1:PORT" ("http://[::1]:PORT" for IPv6); `{{base}}` in fixtures.
  const std::string& base_url() const { return m_base_url; }
  // Number of recorded routes loaded.
  std::size_t route_count() const { return m_fixtures.size(); }

  // Fault control; the same as the /__replay/faults API. Thread-safe.
  void add_fault(Fault fault);
  void clear_faults();
  std::vector<Fault> faults() const;

  // Counters; reset_stats() also rewinds response sequences and the rate window,
  // like POST /__replay/reset. Thread-safe.
  Stats stats() const;
  void reset_stats();

private:
  void handle(const httplib::Request& request, httplib::Response& response);
  void serve_forever();
  void wait_until_listening();
  bool pause(int ms) const;

  ReplayOptions m_options;
  SystemClock m_clock;
  FixtureStore m_fixtures;
  ReplayState m_state;
  Responder m_responder;
  std::unique_ptr<httplib::Server> m_http;
  std::thread m_thread;
  std::atomic<bool> m_listen_returned{false};
  std::stop_source m_stopping;
  int m_port = 0;
  std::string m_base_url;
};

}  // namespace scout::replay
