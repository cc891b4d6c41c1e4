#pragma once

#include "common/clock.hpp"
#include "replay/replay_server.hpp"

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <string>

namespace scout::replay::test {

// tests/fixtures/replay_selftest, the shared recorded exchanges.
std::string selftest_dir();

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }

  // Writes `content` to `relative` (creating folders) and returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

private:
  std::filesystem::path m_path;
};

// Options serving `fixture_dir` on 127.0.0.1, any free port.
ReplayOptions options_for(const std::string& fixture_dir);

// A client for a started server, with short timeouts so failures fail fast.
httplib::Client client_for(const ReplayServer& server);

// What a raw HTTP/1.1 GET over a plain socket received before the server closed
// the connection: the header block and however much of the body arrived.
struct RawResponse {
  std::string head;
  std::string body;
  long long content_length = -1;  // from the head; -1 when absent
};
RawResponse raw_get(int port, const std::string& target);

// Milliseconds `action` took.
template<typename Action>
long long elapsed_ms(Action&& action)
{
  const auto start = std::chrono::steady_clock::now();
  action();
  const auto end = std::chrono::steady_clock::now();
  return std::chrono::duration_cast<std::chrono::milliseconds>(end - start).count();
}

// A clock that only moves when told to.
class FakeClock : public Clock {
public:
  std::chrono::system_clock::time_point now() const override { return m_now; }
  void advance(std::chrono::milliseconds step) { m_now += step; }

private:
  std::chrono::system_clock::time_point m_now{std::chrono::seconds(1'700'000'000)};
};

}  // namespace scout::replay::test
